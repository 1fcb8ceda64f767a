package org.twinningregistry.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * A subdivision's relationships as of a date: how many, with which countries, how alive.
 *
 * @param subdivision ISO 3166-2 code
 * @param asOf the reference date
 * @param window the activity window in years
 * @param relationships relationships of governments in the subdivision (itself included)
 * @param active of which active in the window
 * @param dormant the others
 * @param frequency their mean engagement frequency
 * @param partners per partner country: relationships and how many are active, most first
 * @param activity every relationship, year by year
 */
public record ProvinceStatistics(String subdivision, LocalDate asOf, int window, long relationships, long active,
		long dormant, double frequency, List<PartnerActivity> partners, List<RelationshipActivity> activity) {

	/**
	 * @param country the partner country
	 * @param relationships relationships with it
	 * @param active of which active
	 */
	public record PartnerActivity(String country, long relationships, long active) {
	}

}
