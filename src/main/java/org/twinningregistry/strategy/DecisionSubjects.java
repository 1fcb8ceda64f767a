package org.twinningregistry.strategy;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * What a relationship decision is about, for {@link RelationshipDecisions}: the
 * government, its agreement and the plan that revives it; and the agreement's end.
 */
@Component
class DecisionSubjects {

	private final Gazetteer gazetteer;

	private final AgreementRegistry agreements;

	private final PlanBook plans;

	DecisionSubjects(Gazetteer gazetteer, AgreementRegistry agreements, PlanBook plans) {
		this.gazetteer = gazetteer;
		this.agreements = agreements;
		this.plans = plans;
	}

	void requireGovernment(GovernmentId government) {
		this.gazetteer.get(government);
	}

	/**
	 * The published agreement the decision is about.
	 * @throws RuleViolationException if it is not published or not the government's
	 */
	AgreementSummary agreement(DecideRelationship command) {
		AgreementSummary agreement = this.agreements.find(command.agreement())
			.orElseThrow(() -> new RuleViolationException(
					Violation.of("agreement", "rule.decision.agreement.unknown", command.agreement().value())));
		if (!agreement.hasParty(command.government())) {
			throw new RuleViolationException(Violation.of("agreement", "rule.decision.agreement.other",
					command.agreement().value(), command.government().value()));
		}
		return agreement;
	}

	/** Whether the plan is one of the agreement's, published or proposed (and seen). */
	boolean isPlanOf(PlanId plan, AgreementId agreement) {
		return this.plans.find(plan)
			.or(() -> this.plans.revision(plan).map(PlanRevision::proposed))
			.filter(p -> p.values().agreement().equals(agreement))
			.isPresent();
	}

	/**
	 * Ends the agreement today, as the caller may: published for a curator, a draft of
	 * the change otherwise.
	 */
	void end(AgreementSummary agreement, LocalDate today) {
		AgreementSummary current = this.agreements.editable(agreement.id());
		AgreementValues v = current.values();
		this.agreements.update(agreement.id(), current.version(),
				new AgreementValues(v.partyA(), v.partyB(), v.type(), v.signed(), AgreementStatus.ENDED,
						PartialDate.of(today), v.termEnds(), v.renewed(), v.councilResolution(), v.supersedes(),
						v.purposes(), v.source(), v.notes()));
	}

}
