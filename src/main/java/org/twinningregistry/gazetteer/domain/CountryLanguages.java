package org.twinningregistry.gazetteer.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The languages GeoNames says each country speaks ({@code countryInfo}'s
 * {@code Languages} column), to tell a place's native name among its alternate names.
 */
public final class CountryLanguages {

	private final Map<String, String> first = new HashMap<>();

	/** A row of {@code countryInfo}: the code first, the languages in column 16. */
	public void add(String[] f) {
		if (f.length > 15 && !f[15].isBlank()) {
			this.first.put(f[0], f[15].split(",")[0].split("-")[0].toLowerCase(Locale.ROOT));
		}
	}

	/** Whether the language is the country's first. */
	boolean speaks(String country, String language) {
		return language.equals(this.first.get(country));
	}

}
