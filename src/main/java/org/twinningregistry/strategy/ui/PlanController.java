package org.twinningregistry.strategy.ui;

import java.time.Clock;
import java.time.Year;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanSummary;

/**
 * The plan forms: propose one under an agreement, change it, delete it. A reporter's
 * write is a draft shown on the plan's page; a curator's is published.
 */
@Controller
class PlanController {

	private final PlanBook plans;

	private final AgreementRegistry agreements;

	private final Clock clock;

	PlanController(PlanBook plans, AgreementRegistry agreements, Clock clock) {
		this.plans = plans;
		this.agreements = agreements;
		this.clock = clock;
	}

	@GetMapping("/plans/new")
	String createForm(@RequestParam AgreementId agreement, Model model) {
		AgreementSummary under = this.agreements.get(agreement);
		return form(PlanForm.empty(agreement, Year.now(this.clock).getValue()), under, null, model);
	}

	@PostMapping("/plans/new")
	String create(@RequestParam AgreementId agreement, @ModelAttribute("form") PlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AgreementSummary under = this.agreements.get(agreement);
		Optional<PlanSummary> saved = FormErrors.write(result, () -> this.plans.propose(null, form.values(agreement)));
		return saved.map(plan -> shown(plan, "strategy.flash.plan.saved", redirect))
			.orElseGet(() -> form(form, under, null, model));
	}

	@GetMapping("/plans/{id}/edit")
	String editForm(@PathVariable PlanId id, Model model) {
		PlanSummary plan = this.plans.editable(id);
		return form(PlanForm.of(plan), this.agreements.get(plan.values().agreement()), id, model);
	}

	@PostMapping("/plans/{id}/edit")
	String update(@PathVariable PlanId id, @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AgreementSummary under = this.agreements.get(this.plans.editable(id).values().agreement());
		Optional<PlanSummary> saved = FormErrors.write(result,
				() -> this.plans.update(id, form.editedVersion(), form.values(under.id())));
		return saved.map(plan -> shown(plan, "strategy.flash.plan.saved", redirect))
			.orElseGet(() -> form(form, under, id, model));
	}

	@PostMapping("/plans/{id}/delete")
	String delete(@PathVariable PlanId id, @RequestParam long version, RedirectAttributes redirect) {
		PlanSummary plan = this.plans.get(id);
		boolean deleted = FormErrors.flash(redirect, "strategy.flash.plan.deleted",
				() -> this.plans.delete(id, version));
		if (!deleted) {
			return shown(plan, null, redirect);
		}
		redirect.addAttribute("id", plan.values().agreement().value());
		return "redirect:/agreements/{id}";
	}

	private String form(PlanForm form, AgreementSummary agreement, @Nullable PlanId id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("id", (id != null) ? id.value() : null);
		model.addAttribute("agreement", agreement);
		model.addAttribute("categories", Category.values());
		model.addAttribute("forms", EngagementForm.values());
		return "strategy/plan-form";
	}

	private static String shown(PlanSummary plan, @Nullable String message, RedirectAttributes redirect) {
		if (message != null) {
			redirect.addFlashAttribute("message", (plan.draft() != null) ? "workflow.flash.drafted" : message);
		}
		redirect.addAttribute("id", plan.id().value());
		return "redirect:/plans/{id}";
	}

}
