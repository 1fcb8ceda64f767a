package org.twinningregistry.gazetteer;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A government as other modules and lists see it.
 *
 * @param id its key
 * @param name English or romanised name
 * @param nameFr French name, if any
 * @param nameLocal name in its own script, if any
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2 of its first-level subdivision
 * @param level NATIONAL, REGIONAL or LOCAL
 * @param searchText folded names, for case- and accent-insensitive matching
 */
public record GovernmentSummary(GovernmentId id, String name, @Nullable String nameFr, @Nullable String nameLocal,
		String country, String subdivision, GovernmentLevel level, String searchText) {

	/**
	 * The name a reader of the language sees: the French name for French when there is
	 * one, else the English or romanised name.
	 */
	public String name(Locale locale) {
		return GovernmentNames.inLanguage(this.name, this.nameFr, locale);
	}

}
