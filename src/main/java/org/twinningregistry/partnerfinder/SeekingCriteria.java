package org.twinningregistry.partnerfinder;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Category;

/**
 * Filters of the seeking list; {@code null} filters nothing.
 *
 * @param country ISO 3166-1 code of the requesting government's country
 * @param seekingCountry ISO 3166-1 code of a country sought: requests naming it, and
 * those seeking anywhere
 * @param purpose a purpose the request names
 */
public record SeekingCriteria(@Nullable String country, @Nullable String seekingCountry, @Nullable Category purpose) {

	/** No filter. */
	public static final SeekingCriteria ALL = new SeekingCriteria(null, null, null);

}
