package org.twinningregistry.strategy.ui;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.strategy.Fulfilment;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanRevision;
import org.twinningregistry.strategy.PlanSummary;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * One plan's page: the published plan with its fulfilment (or, for those in scope, the
 * draft of a new one), its open revision with the workflow buttons, the two sides'
 * confirmations, and its history.
 */
@Controller
class PlanDetailController {

	private final PlanBook plans;

	private final Fulfilment fulfilment;

	private final ReviewWorkflow workflow;

	private final AgreementRegistry agreements;

	PlanDetailController(PlanBook plans, Fulfilment fulfilment, ReviewWorkflow workflow, AgreementRegistry agreements) {
		this.plans = plans;
		this.fulfilment = fulfilment;
		this.workflow = workflow;
		this.agreements = agreements;
	}

	@GetMapping("/plans/{id}")
	String detail(@PathVariable PlanId id, Model model) {
		Optional<PlanRevision> revision = this.plans.revision(id);
		Optional<PlanSummary> published = this.plans.find(id);
		PlanSummary shown = published.or(() -> revision.map(PlanRevision::proposed))
			.orElseThrow(() -> new NotFoundException("plan", id.value()));
		model.addAttribute("plan", shown);
		model.addAttribute("agreement", this.agreements.find(shown.values().agreement()).orElse(null));
		model.addAttribute("published", published.isPresent());
		model.addAttribute("fulfilment", published.isPresent() ? this.fulfilment.ofPlan(id) : null);
		model.addAttribute("revision", revision.map(PlanRevision::revision).orElse(null));
		model.addAttribute("history", this.workflow.history(PlanBook.ref(id)));
		model.addAttribute("confirmations", this.workflow.confirmations(PlanBook.ref(id)));
		return "strategy/plan";
	}

}
