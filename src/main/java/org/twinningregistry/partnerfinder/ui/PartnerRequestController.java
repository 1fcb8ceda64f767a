package org.twinningregistry.partnerfinder.ui;

import java.util.List;
import java.util.Locale;
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
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.partnerfinder.PartnerRequestId;
import org.twinningregistry.partnerfinder.PartnerRequestRevision;
import org.twinningregistry.partnerfinder.PartnerRequestSummary;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * A partner request's page ({@code /partner-requests/{id}}): the published request (or,
 * for those in scope, the draft of a new one), its open revision with the workflow
 * buttons, and its history; the form that files one for a government and changes it; a
 * curator's delete.
 */
@Controller
class PartnerRequestController {

	private final SeekingList list;

	private final ReviewWorkflow workflow;

	private final Gazetteer gazetteer;

	PartnerRequestController(SeekingList list, ReviewWorkflow workflow, Gazetteer gazetteer) {
		this.list = list;
		this.workflow = workflow;
		this.gazetteer = gazetteer;
	}

	@GetMapping("/partner-requests")
	String all() {
		return "redirect:/partners/seeking";
	}

	@GetMapping("/partner-requests/{id}")
	String detail(@PathVariable PartnerRequestId id, Locale locale, Model model) {
		Optional<PartnerRequestRevision> revision = this.list.revision(id);
		Optional<PartnerRequestSummary> published = this.list.find(id);
		PartnerRequestSummary shown = published.or(() -> revision.map(PartnerRequestRevision::proposed))
			.orElseThrow(() -> new NotFoundException("partner-request", id.value()));
		model.addAttribute("request", shown);
		model.addAttribute("government", this.gazetteer.get(shown.values().government()));
		model.addAttribute("countries", SeekingRows.countryNames(this.gazetteer, shown, locale));
		model.addAttribute("published", published.isPresent());
		model.addAttribute("revision", revision.map(PartnerRequestRevision::revision).orElse(null));
		model.addAttribute("history", this.workflow.history(SeekingList.ref(id)));
		return "partnerfinder/seeking-detail";
	}

	@GetMapping("/partner-requests/new")
	String newForm(@RequestParam GovernmentId government, Model model) {
		return form(this.gazetteer.get(government), PartnerRequestForm.empty(government), null, model);
	}

	@PostMapping("/partner-requests/new")
	String create(@RequestParam GovernmentId government, @ModelAttribute("form") PartnerRequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		GovernmentDetails details = this.gazetteer.get(government);
		Optional<PartnerRequestSummary> saved = FormErrors.write(result,
				() -> this.list.create(form.values(government)));
		return saved.map(s -> done(s, redirect)).orElseGet(() -> form(details, form, null, model));
	}

	@GetMapping("/partner-requests/{id}/edit")
	String editForm(@PathVariable PartnerRequestId id, Model model) {
		PartnerRequestSummary request = this.list.editable(id);
		return form(this.gazetteer.get(request.values().government()), PartnerRequestForm.of(request), id, model);
	}

	@PostMapping("/partner-requests/{id}/edit")
	String update(@PathVariable PartnerRequestId id, @ModelAttribute("form") PartnerRequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		GovernmentId government = this.list.editable(id).values().government();
		long version = (form.version() != null) ? form.version() : -1;
		Optional<PartnerRequestSummary> saved = FormErrors.write(result,
				() -> this.list.update(id, version, form.values(government)));
		return saved.map(s -> done(s, redirect)).orElseGet(() -> form(this.gazetteer.get(government), form, id, model));
	}

	@PostMapping("/partner-requests/{id}/delete")
	String delete(@PathVariable PartnerRequestId id, @RequestParam long version, RedirectAttributes redirect) {
		GovernmentId government = this.list.get(id).values().government();
		if (FormErrors.flash(redirect, "partnerfinder.flash.deleted", () -> this.list.delete(id, version))) {
			redirect.addAttribute("id", government.value());
			return "redirect:/governments/{id}";
		}
		redirect.addAttribute("id", id.value());
		return "redirect:/partner-requests/{id}";
	}

	private static String done(PartnerRequestSummary saved, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message",
				(saved.draft() != null) ? "workflow.flash.drafted" : "partnerfinder.flash.saved");
		redirect.addAttribute("id", saved.id().value());
		return "redirect:/partner-requests/{id}";
	}

	private String form(GovernmentDetails government, PartnerRequestForm form, @Nullable PartnerRequestId id,
			Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("government", government);
		model.addAttribute("requestId", (id != null) ? id.value() : null);
		model.addAttribute("categories", Category.values());
		model.addAttribute("levels", List.of(GovernmentLevel.REGIONAL, GovernmentLevel.LOCAL));
		return "partnerfinder/seeking-form";
	}

}
