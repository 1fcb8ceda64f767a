package org.twinningregistry.strategy;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The fulfilment figures of every government in a scope for a year, and their totals.
 *
 * @param scope the country, subdivision or government asked for
 * @param year the year of the planned activities
 * @param asOf the day the states are as of
 * @param alignmentFrom the first year of the alignment's window
 * @param governments each government in scope that has a strategy, is party to an
 * agreement current at the end of the year (or on {@code asOf}, if earlier), or to one
 * with a plan covering the year; by name
 * @param totals the governments' figures added up
 */
public record FulfilmentStatistics(String scope, int year, LocalDate asOf, int alignmentFrom,
		List<GovernmentFulfilment> governments, Totals totals) {

	/**
	 * The figures of the governments added up. A joint activity of a plan between two
	 * governments of the scope counts for each.
	 *
	 * @param governments how many governments are listed
	 * @param withStrategy how many have a strategy of their own
	 * @param withCurrentPlan how many have a plan covering the year
	 * @param tally their planned activities counted by state
	 * @param engagements the substantive engagements of those with purposes
	 * @param aligned how many of those served a purpose
	 */
	public record Totals(int governments, int withStrategy, int withCurrentPlan, Tally tally, int engagements,
			int aligned) {

		/** aligned ÷ engagements, rounded to four decimals; {@code null} without any. */
		public @Nullable Double alignment() {
			return (this.engagements == 0) ? null : Math.round(this.aligned * 10_000.0 / this.engagements) / 10_000.0;
		}

	}

}
