package org.twinningregistry.strategy;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PlainText;

/**
 * A government's decision about a dormant relationship.
 *
 * @param government the government deciding, a party of the agreement
 * @param agreement the relationship's agreement
 * @param decision revive, keep or end
 * @param reason why (required to keep; at most 2000 characters)
 * @param plan the plan that revives it (required to revive): a plan of the agreement,
 * published or proposed
 */
public record DecideRelationship(GovernmentId government, AgreementId agreement, Decision decision,
		@Nullable String reason, @Nullable PlanId plan) {

	public DecideRelationship {
		Objects.requireNonNull(government, "government");
		Objects.requireNonNull(agreement, "agreement");
		Objects.requireNonNull(decision, "decision");
		reason = PlainText.lines("reason", reason);
	}

}
