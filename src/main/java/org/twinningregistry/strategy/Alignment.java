package org.twinningregistry.strategy;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;

/**
 * How well a government's engagements serve its purposes over a window of years
 * (docs/statistics.md, "Alignment").
 *
 * @param purposesOf the government whose strategy gave the purposes (its own, its
 * province's or its country's), {@code null} when none applies
 * @param purposes those purposes, most important first
 * @param from the window's first year
 * @param to the window's last year
 * @param engagements the substantive engagements of the government's agreements in the
 * window
 * @param aligned how many of them have a category among the purposes
 * @param byPurpose for each purpose, how many engagements served it
 */
public record Alignment(@Nullable GovernmentId purposesOf, List<Category> purposes, int from, int to, int engagements,
		int aligned, List<PurposeCount> byPurpose) {

	/**
	 * aligned ÷ engagements, rounded to four decimals; {@code null} without purposes or
	 * without engagements.
	 */
	public @Nullable Double share() {
		return (this.purposes.isEmpty() || this.engagements == 0) ? null
				: Math.round(this.aligned * 10_000.0 / this.engagements) / 10_000.0;
	}

	/**
	 * How many engagements served one purpose.
	 *
	 * @param purpose the purpose
	 * @param engagements how many engagements had it as their category
	 */
	public record PurposeCount(Category purpose, int engagements) {

	}

}
