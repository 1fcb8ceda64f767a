package org.twinningregistry.partnerfinder;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Category;

/**
 * What partners a government asks for.
 *
 * @param country only candidates of this country (ISO 3166-1 alpha-2), or any country
 * @param purpose only candidates that name this purpose (in a strategy or a request), or
 * any
 * @param limit how many suggestions at most, 1 to {@value #MAX_LIMIT}
 */
public record SuggestionQuery(@Nullable String country, @Nullable Category purpose, int limit) {

	/** The most suggestions one query gives. */
	public static final int MAX_LIMIT = 100;

	public SuggestionQuery {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit out of range: " + limit);
		}
		country = (country != null) ? country.trim().toUpperCase(Locale.ROOT) : null;
	}

}
