package org.twinningregistry.gazetteer;

import org.jspecify.annotations.Nullable;

/**
 * Filters of a government list; a {@code null} filter does not restrict.
 *
 * @param q words that must occur in one of the names, case and accents ignored
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2
 * @param level NATIONAL, REGIONAL or LOCAL
 * @param parent the containing government
 */
public record GovernmentCriteria(@Nullable String q, @Nullable String country, @Nullable String subdivision,
		@Nullable GovernmentLevel level, @Nullable GovernmentId parent) {

	public static GovernmentCriteria all() {
		return new GovernmentCriteria(null, null, null, null, null);
	}

}
