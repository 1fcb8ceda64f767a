package org.twinningregistry.strategy.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.strategy.Decision;
import org.twinningregistry.strategy.DecisionSummary;

/**
 * A decision about a dormant relationship, with its day and the office it was taken in.
 */
record DecisionResponse(String government, String agreement, Decision decision, @Nullable String reason,
		@Nullable String plan, LocalDate decidedOn, String decidedBy) {

	static DecisionResponse of(DecisionSummary d) {
		return new DecisionResponse(d.government().value(), d.agreement().value(), d.decision(), d.reason(),
				(d.plan() != null) ? d.plan().value() : null, d.decidedOn(), d.decidedBy());
	}

}
