package org.twinningregistry.strategy;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.PlainText;
import org.twinningregistry.shared.Violation;

/**
 * The office that owns a government's international relations: an office, never a person,
 * so that it survives a change of mayor. Text is checked and normalised by
 * {@link PlainText}; the rules check the e-mail address and the web address.
 *
 * @param name the office's name ({@code International Relations Office})
 * @param email its shared address
 * @param url its web page (http or https)
 */
public record Office(String name, @Nullable String email, @Nullable String url) {

	public Office {
		name = PlainText.requiredLine("office.name", name);
		email = PlainText.line("office.email", email);
		url = PlainText.line("office.url", url);
	}

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern URL = Pattern.compile("https?://[^\\s]+");

	/**
	 * Adds what is wrong with an office to the violations: a name is required (200
	 * characters at most), an e-mail address must look like one (254 at most), a web
	 * address must be http or https (500 at most). Each record that names an office (a
	 * strategy, a request for partners) reports the addresses under its own codes.
	 * @param office the office, or {@code null} for none (nothing to check)
	 * @param emailCode the message code of a bad e-mail address
	 * @param urlCode the message code of a bad web address
	 * @param violations where to add them
	 */
	public static void check(@Nullable Office office, String emailCode, String urlCode, List<Violation> violations) {
		if (office == null) {
			return;
		}
		if (office.name().isEmpty()) {
			violations.add(Violation.of("office.name", "rule.required"));
		}
		else if (office.name().length() > 200) {
			violations.add(Violation.of("office.name", "rule.too-long", 200));
		}
		if (office.email() != null && (office.email().length() > 254 || !EMAIL.matcher(office.email()).matches())) {
			violations.add(Violation.of("office.email", emailCode, office.email()));
		}
		if (office.url() != null && (office.url().length() > 500 || !URL.matcher(office.url()).matches())) {
			violations.add(Violation.of("office.url", urlCode, office.url()));
		}
	}

}
