package org.twinningregistry.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The relationships between two countries as of a date, and what happened in the window.
 *
 * @param country the first country (its subdivisions group the figures)
 * @param partner the partner country
 * @param asOf the reference date
 * @param window the activity window in years
 * @param relationships pairs with a current agreement, one party in each country
 * @param active relationships with a substantive engagement in the window
 * @param dormant the others
 * @param frequency mean engagement frequency of the relationships
 * @param bySubdivision the same per subdivision of the first country
 * @param categories engagements in the window by category, split by origin
 * @param dormantAgreements ids of the current agreements of dormant relationships
 */
public record BilateralStatistics(String country, String partner, LocalDate asOf, int window, long relationships,
		long active, long dormant, double frequency, List<SubdivisionActivity> bySubdivision,
		List<CategoryCount> categories, List<String> dormantAgreements) {

	/**
	 * @param subdivision ISO 3166-2 code of the first country
	 * @param relationships relationships of its governments
	 * @param active of which active
	 * @param frequency their mean engagement frequency
	 */
	public record SubdivisionActivity(String subdivision, long relationships, long active, double frequency) {
	}

	/**
	 * @param category the engagement category
	 * @param count engagements in the window
	 * @param byOrigin the same by origin: the first country, the partner or {@code BOTH}
	 */
	public record CategoryCount(String category, long count, Map<String, Long> byOrigin) {
	}

}
