package org.twinningregistry.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A country's twinning as of a date.
 *
 * @param country ISO 3166-1 code
 * @param asOf the reference date
 * @param window the activity window in years (not used by these figures, stated for the
 * record)
 * @param relationships pairs with a current agreement and a party in the country
 * @param partnerCountries countries on the other side of those relationships
 * @param byType relationships by the strongest type of their current agreements (SISTER
 * before FRIENDSHIP before COOPERATION)
 * @param partners partner countries, most current agreements first
 * @param bySubdivision relationships by the subdivision of the country's party
 * @param newPerYear agreements signed each year up to {@code asOf}, in total and per top
 * partner
 */
public record CountryStatistics(String country, LocalDate asOf, int window, long relationships, long partnerCountries,
		Map<String, Long> byType, List<PartnerCount> partners, List<SubdivisionCount> bySubdivision,
		List<YearCount> newPerYear) {

	/**
	 * @param country the partner country
	 * @param relationships relationships with it
	 * @param agreements current agreements with it (the ranking's measure)
	 * @param rank 1 + the number of partner countries with strictly more current
	 * agreements
	 */
	public record PartnerCount(String country, long relationships, long agreements, int rank) {
	}

	/**
	 * @param subdivision ISO 3166-2 code
	 * @param relationships relationships of governments in it
	 */
	public record SubdivisionCount(String subdivision, long relationships) {
	}

	/**
	 * @param year calendar year
	 * @param count agreements signed that year
	 * @param byPartner of which with each top partner country
	 */
	public record YearCount(int year, long count, Map<String, Long> byPartner) {
	}

}
