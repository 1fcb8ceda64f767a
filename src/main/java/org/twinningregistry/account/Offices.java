package org.twinningregistry.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.domain.AccountRepository;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;

/**
 * Names an office, the grant someone acted under as {@link AccessControl#office} recorded
 * it, for the public: "Reporter of Burnaby", "Reviewer, British Columbia", "Curator,
 * Canada", "Curator, all countries", in the language of the current request. The public
 * sees offices, never user names; an office recorded with the action stays right when the
 * account's roles change later. An empty office (an action recorded before offices were
 * kept) reads "Registry user".
 */
@Service
public class Offices {

	private final Gazetteer gazetteer;

	private final MessageSource messages;

	private final AccountRepository accounts;

	Offices(Gazetteer gazetteer, MessageSource messages, AccountRepository accounts) {
		this.gazetteer = gazetteer;
		this.messages = messages;
		this.accounts = accounts;
	}

	/**
	 * The offices in the registry that keep a government's records: its reporters, the
	 * reviewers of its subdivision, the curators of its country and of every country, as
	 * held by accounts that may sign in, narrowest first ({@code REPORTER:CA-BC-burnaby},
	 * {@code REVIEWER:CA-BC}, {@code CURATOR:CA}, {@code CURATOR}); describe each with
	 * {@link #describe}. Who holds them is not said: the public sees offices, never
	 * accounts.
	 */
	@Transactional(readOnly = true)
	public List<String> keeping(GovernmentSummary government) {
		List<Grant> wanted = List.of(new Grant(RegistryRole.REPORTER, government.id().value()),
				new Grant(RegistryRole.REVIEWER, government.subdivision()),
				new Grant(RegistryRole.CURATOR, government.country()), Grant.everywhere(RegistryRole.CURATOR));
		Set<String> held = this.accounts.findEnabledGrantsIn(wanted.stream().map(Grant::scope).toList())
			.stream()
			.map(r -> new Grant(r.role(), r.scope()).toString())
			.collect(Collectors.toSet());
		return wanted.stream().map(Grant::toString).filter(held::contains).toList();
	}

	/** The office in the current request's language ({@code en} outside a request). */
	public String describe(String office) {
		return describe(office, LocaleContextHolder.getLocale());
	}

	/** The office in the language given. */
	public String describe(String office, Locale locale) {
		int colon = office.indexOf(':');
		String roleName = (colon < 0) ? office : office.substring(0, colon);
		String scope = (colon < 0) ? "" : office.substring(colon + 1);
		RegistryRole role;
		try {
			role = RegistryRole.valueOf(roleName);
		}
		catch (IllegalArgumentException unknown) {
			return text("account.office.unknown", locale);
		}
		return switch (role) {
			case REPORTER -> text("account.office.REPORTER", locale, governmentName(scope, locale));
			case REVIEWER -> text("account.office.REVIEWER", locale, this.gazetteer.subdivisionName(scope, locale));
			case CURATOR -> scope.isEmpty() ? text("account.office.CURATOR.everywhere", locale)
					: text("account.office.CURATOR", locale, this.gazetteer.countryName(scope, locale));
			case ADMIN -> text("account.office.ADMIN", locale);
		};
	}

	private String governmentName(String id, Locale locale) {
		if (id.isBlank()) {
			return id;
		}
		GovernmentSummary government = this.gazetteer.summaries(List.of(new GovernmentId(id)))
			.get(new GovernmentId(id));
		if (government == null) {
			return id;
		}
		boolean french = "fr".equals(locale.getLanguage()) && government.nameFr() != null;
		return french ? government.nameFr() : government.name();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
