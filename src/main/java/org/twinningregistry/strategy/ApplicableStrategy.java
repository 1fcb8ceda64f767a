package org.twinningregistry.strategy;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentSummary;

/**
 * A strategy that applies to a government: its own, its province's or its country's.
 *
 * @param tier whose it is, seen from the government
 * @param holder the government that holds it
 * @param strategy the published strategy, {@code null} when the holder has none
 */
public record ApplicableStrategy(Tier tier, GovernmentSummary holder, @Nullable StrategySummary strategy) {

	/** Whose strategy it is, seen from the government. */
	public enum Tier {

		/** The government's own. */
		OWN,
		/**
		 * Its province's (state's, prefecture's): the first-level government above it.
		 */
		PROVINCE,
		/** Its country's national government's. */
		COUNTRY

	}

}
