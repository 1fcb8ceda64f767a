package org.twinningregistry.agreement.ui;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementWorkflow;
import org.twinningregistry.shared.FormErrors;

/**
 * The workflow buttons of an agreement's page: submit, approve, return (with a reason)
 * discard and confirm, each redirecting back to the page with a message or the problem.
 * Who may press which is decided by the facade (403 page otherwise).
 */
@Controller
class AgreementWorkflowController {

	private final AgreementWorkflow workflow;

	AgreementWorkflowController(AgreementWorkflow workflow) {
		this.workflow = workflow;
	}

	@PostMapping("/agreements/{id}/submit")
	String submit(@PathVariable AgreementId id, RedirectAttributes redirect) {
		return step(id, "workflow.flash.submitted", redirect, () -> this.workflow.submit(id));
	}

	@PostMapping("/agreements/{id}/approve")
	String approve(@PathVariable AgreementId id, RedirectAttributes redirect) {
		return step(id, "workflow.flash.approved", redirect, () -> this.workflow.approve(id));
	}

	@PostMapping("/agreements/{id}/return")
	String returnForRevision(@PathVariable AgreementId id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		return step(id, "workflow.flash.returned", redirect, () -> this.workflow.returnForRevision(id, reason));
	}

	@PostMapping("/agreements/{id}/confirm")
	String confirm(@PathVariable AgreementId id, RedirectAttributes redirect) {
		return step(id, "workflow.flash.confirmed", redirect, () -> this.workflow.confirm(id));
	}

	@PostMapping("/agreements/{id}/revision/delete")
	String discard(@PathVariable AgreementId id, @RequestParam long version, RedirectAttributes redirect) {
		boolean discarded = FormErrors.flash(redirect, "workflow.flash.discarded",
				() -> this.workflow.discard(id, version));
		return (discarded && !this.workflow.exists(id)) ? "redirect:/agreements" : shown(id, redirect);
	}

	private static String step(AgreementId id, String message, RedirectAttributes redirect, Runnable step) {
		FormErrors.flash(redirect, message, step);
		return shown(id, redirect);
	}

	private static String shown(AgreementId id, RedirectAttributes redirect) {
		redirect.addAttribute("id", id.value());
		return "redirect:/agreements/{id}";
	}

}
