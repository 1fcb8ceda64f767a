package org.twinningregistry.strategy.api;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.strategy.ApplicableStrategy;

/**
 * A strategy that applies to a government: whose ({@code OWN}, {@code PROVINCE},
 * {@code COUNTRY}), the holder's id and name, and the published strategy if it has one.
 */
record ApplicableStrategyResponse(ApplicableStrategy.Tier tier, String government, String name,
		@Nullable StrategyResponse strategy) {

	static ApplicableStrategyResponse of(ApplicableStrategy applicable) {
		return new ApplicableStrategyResponse(applicable.tier(), applicable.holder().id().value(),
				applicable.holder().name(),
				(applicable.strategy() != null) ? StrategyResponse.of(applicable.strategy()) : null);
	}

}
