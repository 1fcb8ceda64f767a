package org.twinningregistry.agreement.ui;

import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentCriteria;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.FormWrites;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;

/** The curators' agreement forms: create, edit and delete, each ending in a redirect. */
@Controller
class AgreementFormController {

	private static final int CHOICES = 2000;

	private final AgreementRegistry registry;

	private final Gazetteer gazetteer;

	private final FormWrites writes;

	AgreementFormController(AgreementRegistry registry, Gazetteer gazetteer, FormWrites writes) {
		this.registry = registry;
		this.gazetteer = gazetteer;
		this.writes = writes;
	}

	@GetMapping("/agreements/new")
	String createForm(@RequestParam(required = false) @Nullable String party,
			@RequestParam(required = false) @Nullable String partner, Model model) {
		return form(AgreementForm.empty(party, partner), false, model);
	}

	@PostMapping("/agreements/new")
	String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<AgreementSummary> saved = this.writes.write(result, form::values,
				values -> this.registry.register(form.key(), values));
		return saved
			.map(agreement -> shown(agreement.id(),
					(agreement.draft() != null) ? "workflow.flash.drafted" : "agreement.flash.created", redirect))
			.orElseGet(() -> form(form, false, model));
	}

	/**
	 * "Register this place", a button of the form: makes a government of the
	 * world-gazetteer place a party field names ({@code geonames:…}) and shows the form
	 * again with that party set to it, everything typed kept; nothing else is saved.
	 */
	@PostMapping(path = { "/agreements/new", "/agreements/{id}/edit" }, params = "registerPlace")
	String registerPlace(@PathVariable(required = false) @Nullable AgreementId id,
			@ModelAttribute("form") AgreementForm form, BindingResult result, @RequestParam String registerPlace,
			Model model) {
		String party = "partyB".equals(registerPlace) ? "partyB" : "partyA";
		String place = form.party(party);
		AgreementForm shown = form;
		try {
			GovernmentDetails government = this.gazetteer.registerPlace((place != null) ? place.strip() : "");
			shown = form.withParty(party, government.id().value());
			model.addAttribute("registered", government.values().name());
		}
		catch (NotFoundException | RuleViolationException ex) {
			result.rejectValue(party, "agreement.form.place-unknown", new Object[] { place },
					"agreement.form.place-unknown");
			return form(form, id != null, model);
		}
		model.addAttribute("form", shown);
		return form(shown, id != null, model);
	}

	@GetMapping("/agreements/{id}/edit")
	String editForm(@PathVariable AgreementId id, Model model) {
		return form(AgreementForm.of(this.registry.editable(id)), true, model);
	}

	@PostMapping("/agreements/{id}/edit")
	String update(@PathVariable AgreementId id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<AgreementSummary> saved = this.writes.write(result, form::values,
				values -> this.registry.update(id, form.editedVersion(), values));
		return saved
			.map(agreement -> shown(id,
					(agreement.draft() != null) ? "workflow.flash.drafted" : "agreement.flash.updated", redirect))
			.orElseGet(() -> form(form, true, model));
	}

	@PostMapping("/agreements/{id}/delete")
	String delete(@PathVariable AgreementId id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.registry.delete(id, version);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", FormErrors.message(ex));
			return shown(id, null, redirect);
		}
		redirect.addFlashAttribute("message", "agreement.flash.deleted");
		return "redirect:/agreements";
	}

	private String form(AgreementForm form, boolean editing, Model model) {
		if (!model.containsAttribute("form")) {
			// after a failed post the bound form is there already, with its binding
			// errors
			model.addAttribute("form", form);
		}
		model.addAttribute("editing", editing);
		model.addAttribute("governments",
				this.gazetteer.search(GovernmentCriteria.all(), PageRequest.of(0, CHOICES, Sort.by("name", "id")))
					.getContent());
		model.addAttribute("types", AgreementType.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("categories", Category.values());
		return "agreement/form";
	}

	private static String shown(AgreementId id, @Nullable String message, RedirectAttributes redirect) {
		if (message != null) {
			redirect.addFlashAttribute("message", message);
		}
		redirect.addAttribute("id", id.value());
		return "redirect:/agreements/{id}";
	}

}
