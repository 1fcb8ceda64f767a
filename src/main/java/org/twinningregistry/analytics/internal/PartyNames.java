package org.twinningregistry.analytics.internal;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The parties' names as the request's reader reads them: in French the French name copied
 * into the agreement where the government has one, else the English or romanised name (a
 * dashboard in French says Colombie-Britannique, not British Columbia, in its tables,
 * grid and map alike).
 */
final class PartyNames {

	private PartyNames() {
	}

	/** The SQL expression of the name, from the English and the French name's. */
	static String read(String name, String nameFr) {
		return "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? "COALESCE(" + nameFr + ", " + name + ")"
				: name;
	}

}
