package org.twinningregistry.workflow.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.KindMappings;
import org.twinningregistry.workflow.KindPath;
import org.twinningregistry.workflow.KindPaths;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * The workflow buttons of a reviewed record's page ({@code /agreements/{id}},
 * {@code /engagements/{id}}, …, mapped per kind by {@link KindMappings}): submit,
 * approve, return (with a reason), discard and confirm, each redirecting back to the page
 * with a message or the problem. Who may press which is decided by the facade (403 page
 * otherwise).
 */
@Controller
@KindPaths(prefix = "")
class WorkflowController {

	private final ReviewWorkflow workflow;

	private final KindMappings mappings;

	WorkflowController(ReviewWorkflow workflow, KindMappings mappings) {
		this.workflow = workflow;
		this.mappings = mappings;
	}

	@KindPath(method = RequestMethod.POST, value = "/submit")
	String submit(HttpServletRequest request, @PathVariable String id, RedirectAttributes redirect) {
		RecordRef record = record(request, id);
		return step(record, "workflow.flash.submitted", redirect, () -> this.workflow.submit(record));
	}

	@KindPath(method = RequestMethod.POST, value = "/approve")
	String approve(HttpServletRequest request, @PathVariable String id, RedirectAttributes redirect) {
		RecordRef record = record(request, id);
		return step(record, "workflow.flash.approved", redirect, () -> this.workflow.approve(record));
	}

	@KindPath(method = RequestMethod.POST, value = "/return")
	String returnForRevision(HttpServletRequest request, @PathVariable String id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		RecordRef record = record(request, id);
		return step(record, "workflow.flash.returned", redirect, () -> this.workflow.returnForRevision(record, reason));
	}

	@KindPath(method = RequestMethod.POST, value = "/confirm")
	String confirm(HttpServletRequest request, @PathVariable String id, RedirectAttributes redirect) {
		RecordRef record = record(request, id);
		return step(record, "workflow.flash.confirmed", redirect, () -> this.workflow.confirm(record));
	}

	@KindPath(method = RequestMethod.POST, value = "/revision/delete")
	String discard(HttpServletRequest request, @PathVariable String id, @RequestParam long version,
			RedirectAttributes redirect) {
		RecordRef record = record(request, id);
		boolean discarded = FormErrors.flash(redirect, "workflow.flash.discarded",
				() -> this.workflow.discard(record, version));
		if (discarded && !this.workflow.exists(record)) {
			redirect.addAttribute("segment", record.kind().segment());
			return "redirect:/{segment}";
		}
		return shown(record, redirect);
	}

	/** The record of the page; a malformed id names none (404, as for any page). */
	private RecordRef record(HttpServletRequest request, String id) {
		try {
			return this.mappings.record(request, id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("record", id);
		}
	}

	private static String step(RecordRef record, String message, RedirectAttributes redirect, Runnable step) {
		FormErrors.flash(redirect, message, step);
		return shown(record, redirect);
	}

	private static String shown(RecordRef record, RedirectAttributes redirect) {
		redirect.addAttribute("segment", record.kind().segment());
		redirect.addAttribute("id", record.id());
		return "redirect:/{segment}/{id}";
	}

}
