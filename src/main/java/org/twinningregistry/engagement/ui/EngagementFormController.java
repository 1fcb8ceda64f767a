package org.twinningregistry.engagement.ui;

import java.time.Clock;
import java.time.Year;
import java.util.Optional;

import jakarta.validation.Valid;
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
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.FormWrites;

/**
 * The curators' engagement forms: record one under an agreement, edit and delete it; each
 * ends on the agreement's page.
 */
@Controller
class EngagementFormController {

	private final EngagementLog log;

	private final AgreementRegistry registry;

	private final Clock clock;

	private final FormWrites writes;

	EngagementFormController(EngagementLog log, AgreementRegistry registry, Clock clock, FormWrites writes) {
		this.log = log;
		this.registry = registry;
		this.clock = clock;
		this.writes = writes;
	}

	@GetMapping("/engagements/new")
	String createForm(@RequestParam AgreementId agreement, Model model) {
		this.registry.get(agreement);
		return form(EngagementEditForm.empty(agreement, Year.now(this.clock).getValue()), null, model);
	}

	@PostMapping("/engagements/new")
	String create(@Valid @ModelAttribute("form") EngagementEditForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<EngagementSummary> saved = this.writes.write(result, form::values,
				values -> this.log.record(null, values));
		return saved.map(engagement -> shown(engagement, "engagement.flash.created", redirect))
			.orElseGet(() -> form(form, null, model));
	}

	@GetMapping("/engagements/{id}/edit")
	String editForm(@PathVariable EngagementId id, Model model) {
		return form(EngagementEditForm.of(this.log.editable(id)), id, model);
	}

	@PostMapping("/engagements/{id}/edit")
	String update(@PathVariable EngagementId id, @Valid @ModelAttribute("form") EngagementEditForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<EngagementSummary> saved = this.writes.write(result, form::values,
				values -> this.log.update(id, form.editedVersion(), values));
		return saved.map(engagement -> shown(engagement, "engagement.flash.updated", redirect))
			.orElseGet(() -> form(form, id, model));
	}

	@PostMapping("/engagements/{id}/delete")
	String delete(@PathVariable EngagementId id, @RequestParam long version, RedirectAttributes redirect) {
		EngagementSummary engagement = this.log.get(id);
		try {
			this.log.delete(id, version);
			redirect.addFlashAttribute("message", "engagement.flash.deleted");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", FormErrors.message(ex));
		}
		return shown(engagement, null, redirect);
	}

	private String form(EngagementEditForm form, @Nullable EngagementId id, Model model) {
		String agreement = form.agreement();
		if (!model.containsAttribute("form")) {
			// after a failed post the bound form is there already, with its binding
			// errors
			model.addAttribute("form", form);
		}
		model.addAttribute("id", (id != null) ? id.value() : null);
		model.addAttribute("agreement", (agreement != null && AgreementId.isValid(agreement))
				? this.registry.find(new AgreementId(agreement)).orElse(null) : null);
		model.addAttribute("categories", Category.values());
		model.addAttribute("forms", EngagementForm.values());
		model.addAttribute("modes", EngagementMode.values());
		model.addAttribute("officialLevels", OfficialLevel.values());
		return "engagement/form";
	}

	private static String shown(EngagementSummary engagement, @Nullable String message, RedirectAttributes redirect) {
		if (engagement.draft() != null) {
			// a draft is seen on its own page only, not under its agreement
			redirect.addFlashAttribute("message", "workflow.flash.drafted");
			redirect.addAttribute("id", engagement.id().value());
			return "redirect:/engagements/{id}";
		}
		if (message != null) {
			redirect.addFlashAttribute("message", message);
		}
		redirect.addAttribute("id", engagement.values().agreement().value());
		return "redirect:/agreements/{id}";
	}

}
