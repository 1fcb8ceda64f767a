package org.twinningregistry.agreement;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentNames;
import org.twinningregistry.gazetteer.GovernmentSummary;

/**
 * A party as an agreement shows it: the facts copied from the gazetteer.
 *
 * @param id the government
 * @param name its English or romanised name
 * @param nameFr its French name, if it has one of its own
 * @param nameLocal its name in its own script
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2
 */
public record AgreementParty(GovernmentId id, String name, @Nullable String nameFr, @Nullable String nameLocal,
		String country, String subdivision) {

	/** The facts of a government of the gazetteer. */
	public static AgreementParty of(GovernmentSummary government) {
		return new AgreementParty(government.id(), government.name(), government.nameFr(), government.nameLocal(),
				government.country(), government.subdivision());
	}

	/**
	 * The name a reader of the language sees: the French name for French when there is
	 * one, else the English or romanised name.
	 */
	public String name(Locale locale) {
		return GovernmentNames.inLanguage(this.name, this.nameFr, locale);
	}

}
