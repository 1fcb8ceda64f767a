package org.twinningregistry.strategy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.RecordKey;
import org.twinningregistry.strategy.DecideRelationship;
import org.twinningregistry.strategy.Decision;
import org.twinningregistry.strategy.PlanId;

/**
 * A decision about a dormant relationship.
 *
 * @param agreement the relationship's agreement
 * @param decision REVIVE (with {@code plan}), KEEP (with {@code reason}) or END
 * @param reason why
 * @param plan a plan of the agreement, published or proposed, that revives it
 */
record DecisionRequest(@NotBlank @RecordKey String agreement, @NotNull Decision decision,
		@Nullable @Size(max = 2000) String reason, @Nullable @RecordKey String plan) {

	DecideRelationship command(GovernmentId government) {
		return new DecideRelationship(government, new AgreementId(this.agreement), this.decision, this.reason,
				(this.plan != null && !this.plan.isBlank()) ? new PlanId(this.plan) : null);
	}

}
