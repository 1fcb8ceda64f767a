package org.twinningregistry.strategy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.gazetteer.GovernmentId;

/**
 * A decision recorded about a dormant relationship.
 *
 * @param government the government that decided
 * @param agreement the relationship's agreement
 * @param decision revive, keep or end
 * @param reason why, if given
 * @param plan the plan that revives it, for a revival
 * @param decidedOn the day it was recorded
 * @param decidedBy the office it was recorded in ("Reporter of Burnaby"), never a user
 * name
 */
public record DecisionSummary(GovernmentId government, AgreementId agreement, Decision decision,
		@Nullable String reason, @Nullable PlanId plan, LocalDate decidedOn, String decidedBy) {

}
