package org.twinningregistry.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Who has reported for a reporting year in a country or subdivision
 * ({@code docs/domain.md}, "Annual reports").
 *
 * @param year the reporting year
 * @param scope the country or subdivision code asked for
 * @param period the days the year covers
 * @param deadline the last day on which a report is on time
 * @param jurisdictions for a country, its total first, then one row per first-level
 * subdivision with governments expected (by code); for a subdivision, its row alone
 */
public record Completeness(int year, String scope, Span period, LocalDate deadline,
		List<JurisdictionCompleteness> jurisdictions) {

	/**
	 * The first and last day of a reporting year.
	 *
	 * @param start first day
	 * @param end last day
	 */
	public record Span(LocalDate start, LocalDate end) {

	}

	/**
	 * The figures of one jurisdiction.
	 *
	 * @param code its ISO 3166-1 or 3166-2 code
	 * @param name its name
	 * @param expected governments of the jurisdiction party to an agreement current in
	 * the period
	 * @param submitted of those, how many have a report that is submitted or approved (a
	 * returned report counts as missing)
	 * @param onTime of the submitted, how many first arrived by the deadline
	 * @param approved of the submitted, how many are approved
	 * @param missing the expected governments without a submitted report, by name
	 */
	public record JurisdictionCompleteness(String code, String name, int expected, int submitted, int onTime,
			int approved, List<MissingGovernment> missing) {

	}

	/**
	 * An expected government without a submitted report.
	 *
	 * @param id its key
	 * @param name its name
	 * @param returned whether it has a report that was returned for revision
	 */
	public record MissingGovernment(String id, String name, boolean returned) {

	}

}
