package org.twinningregistry.analytics;

import java.time.LocalDate;

import org.twinningregistry.shared.BadRequestException;

/**
 * The definitions every figure relies on (documented in {@code docs/statistics.md}):
 * <ul>
 * <li><em>current agreement</em> and <em>relationship</em> (a pair of governments with at
 * least one current agreement) as of {@code asOf}, per {@code CurrentAgreementRule};</li>
 * <li><em>window</em>: the {@code window} calendar years ending with the year of
 * {@code asOf};</li>
 * <li><em>active</em> relationship: a substantive engagement (form not CORRESPONDENCE)
 * under any agreement of the pair in a year of the window; otherwise
 * <em>dormant</em>;</li>
 * <li><em>frequency</em>: years of the window with a substantive engagement ÷ window; of
 * a group, the mean over its relationships;</li>
 * <li><em>partner ranking</em>: rank = 1 + the number of partner countries with strictly
 * more current agreements.</li>
 * </ul>
 *
 * @param asOf the reference date
 * @param window the number of calendar years, 1–50, ending with the year of {@code asOf}
 */
public record StatisticsDefinitions(LocalDate asOf, int window) {

	/** The window used when none is asked for. */
	public static final int DEFAULT_WINDOW = 5;

	public StatisticsDefinitions {
		if (window < 1 || window > 50) {
			throw new BadRequestException("window", "error.statistics.window", window);
		}
	}

	public int lastYear() {
		return this.asOf.getYear();
	}

	public int firstYear() {
		return this.asOf.getYear() - this.window + 1;
	}

	/** Years with a substantive engagement ÷ window, rounded to four decimals. */
	public double frequency(int activeYears) {
		return rounded((double) activeYears / this.window);
	}

	/**
	 * The mean frequency of relationships with these numbers of active years, rounded to
	 * four decimals.
	 */
	public double meanFrequency(java.util.Collection<Integer> activeYears) {
		if (activeYears.isEmpty()) {
			return 0;
		}
		long total = activeYears.stream().mapToLong(Integer::longValue).sum();
		return rounded((double) total / ((long) activeYears.size() * this.window));
	}

	private static double rounded(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
