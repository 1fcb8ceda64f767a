package org.twinningregistry.strategy;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.strategy.domain.Plan;
import org.twinningregistry.strategy.domain.PlanRepository;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * Deletes a plan, for {@link PlanBook#delete}: a curator of a party of its agreement's,
 * never while a revision of it is open (history DELETED with the values it removed).
 */
@Component
class PlanRemoval {

	private final PlanRepository plans;

	private final PlanKind kind;

	private final AccessControl access;

	private final ReviewWorkflow workflow;

	private final HistoryLog history;

	PlanRemoval(PlanRepository plans, PlanKind kind, AccessControl access, ReviewWorkflow workflow,
			HistoryLog history) {
		this.plans = plans;
		this.kind = kind;
		this.access = access;
		this.workflow = workflow;
		this.history = history;
	}

	void delete(PlanId id, long version) {
		Plan plan = this.plans.findById(id.value()).orElseThrow(() -> new NotFoundException(PlanBook.KIND, id.value()));
		PlanValues values = plan.values();
		this.access.require(this.access.mayPublish(this.kind.parties(values)),
				"delete plan " + id.value() + " of agreement " + values.agreement().value());
		if (plan.version() != version) {
			throw ConflictException.staleVersion(PlanBook.KIND, id.value(), version, plan.version());
		}
		this.workflow.refuseDeleteWhileOpen(PlanBook.ref(id), PlanBook.KIND);
		this.plans.delete(plan);
		this.history.recordPublished(PlanBook.ref(id), HistoryAction.DELETED, PlanFields.of(values), Map.of());
	}

}
