package org.twinningregistry.reporting.ui;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.ReportReview;
import org.twinningregistry.reporting.ReportSubmission;
import org.twinningregistry.shared.FormErrors;

/**
 * The report forms of a government's page: submit the annual report, approve or return
 * it. Each ends on the government's page with what happened; whether the caller may is
 * decided by the facades.
 */
@Controller
class ReportFormController {

	private final ReportSubmission submission;

	private final ReportReview review;

	ReportFormController(ReportSubmission submission, ReportReview review) {
		this.submission = submission;
		this.review = review;
	}

	@PostMapping("/reporting/{year}/reports/{government}/submit")
	String submit(@PathVariable int year, @PathVariable GovernmentId government, @ModelAttribute ReportForm form,
			RedirectAttributes redirect) {
		return done(government, "reporting.flash.submitted", redirect,
				() -> this.submission.submit(form.command(government, year)));
	}

	@PostMapping("/reporting/{year}/reports/{government}/approve")
	String approve(@PathVariable int year, @PathVariable GovernmentId government,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		return done(government, "reporting.flash.approved", redirect,
				() -> this.review.approve(government, year, version));
	}

	@PostMapping("/reporting/{year}/reports/{government}/return")
	String returnForRevision(@PathVariable int year, @PathVariable GovernmentId government,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		return done(government, "reporting.flash.returned", redirect,
				() -> this.review.returnForRevision(government, year, reason, version));
	}

	private static String done(GovernmentId government, String message, RedirectAttributes redirect,
			Supplier<?> write) {
		FormErrors.flash(redirect, message, write::get);
		redirect.addAttribute("id", government.value());
		return "redirect:/governments/{id}#reports";
	}

}
