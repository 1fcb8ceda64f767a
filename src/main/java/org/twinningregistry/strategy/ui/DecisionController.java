package org.twinningregistry.strategy.ui;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.strategy.DecideRelationship;
import org.twinningregistry.strategy.Decision;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.RelationshipDecisions;

/**
 * The form of a government's page that records a decision about one of its dormant
 * relationships; it ends on the government's page with what happened.
 */
@Controller
class DecisionController {

	private final RelationshipDecisions decisions;

	DecisionController(RelationshipDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/governments/{id}/relationship-decisions")
	String decide(@PathVariable GovernmentId id, @RequestParam AgreementId agreement, @RequestParam Decision decision,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String plan, RedirectAttributes redirect) {
		PlanId planId = (plan != null && PlanId.isValid(plan.strip())) ? new PlanId(plan.strip()) : null;
		FormErrors.flash(redirect, "strategy.flash.decided",
				() -> this.decisions.decide(new DecideRelationship(id, agreement, decision, reason, planId)));
		redirect.addAttribute("id", id.value());
		return "redirect:/governments/{id}#relationships";
	}

}
