package org.twinningregistry.engagement.ui;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementWorkflow;
import org.twinningregistry.shared.FormErrors;

/**
 * The workflow buttons of an engagement's page: submit, approve, return (with a reason)
 * discard and confirm, each redirecting back to the page with a message or the problem.
 * Who may press which is decided by the facade (403 page otherwise).
 */
@Controller
class EngagementWorkflowController {

	private final EngagementWorkflow workflow;

	EngagementWorkflowController(EngagementWorkflow workflow) {
		this.workflow = workflow;
	}

	@PostMapping("/engagements/{id}/submit")
	String submit(@PathVariable EngagementId id, RedirectAttributes redirect) {
		return step(id, "workflow.flash.submitted", redirect, () -> this.workflow.submit(id));
	}

	@PostMapping("/engagements/{id}/approve")
	String approve(@PathVariable EngagementId id, RedirectAttributes redirect) {
		return step(id, "workflow.flash.approved", redirect, () -> this.workflow.approve(id));
	}

	@PostMapping("/engagements/{id}/return")
	String returnForRevision(@PathVariable EngagementId id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		return step(id, "workflow.flash.returned", redirect, () -> this.workflow.returnForRevision(id, reason));
	}

	@PostMapping("/engagements/{id}/confirm")
	String confirm(@PathVariable EngagementId id, RedirectAttributes redirect) {
		return step(id, "workflow.flash.confirmed", redirect, () -> this.workflow.confirm(id));
	}

	@PostMapping("/engagements/{id}/revision/delete")
	String discard(@PathVariable EngagementId id, @RequestParam long version, RedirectAttributes redirect) {
		boolean discarded = FormErrors.flash(redirect, "workflow.flash.discarded",
				() -> this.workflow.discard(id, version));
		return (discarded && !this.workflow.exists(id)) ? "redirect:/engagements" : shown(id, redirect);
	}

	private static String step(EngagementId id, String message, RedirectAttributes redirect, Runnable step) {
		FormErrors.flash(redirect, message, step);
		return shown(id, redirect);
	}

	private static String shown(EngagementId id, RedirectAttributes redirect) {
		redirect.addAttribute("id", id.value());
		return "redirect:/engagements/{id}";
	}

}
