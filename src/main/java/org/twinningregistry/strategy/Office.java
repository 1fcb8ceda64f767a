package org.twinningregistry.strategy;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.PlainText;

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

}
