package org.twinningregistry.gazetteer.ui;

import java.util.Locale;
import java.util.Map;
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
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.WorldGazetteer;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.FormWrites;

/** The curators' government forms: create, edit and delete, each ending in a redirect. */
@Controller
class GovernmentFormController {

	private static final String VIEW = "gazetteer/form";

	private final Gazetteer gazetteer;

	private final WorldGazetteer world;

	private final FormWrites writes;

	GovernmentFormController(Gazetteer gazetteer, WorldGazetteer world, FormWrites writes) {
		this.gazetteer = gazetteer;
		this.world = world;
		this.writes = writes;
	}

	/**
	 * The new-government form, empty, or prefilled from a world-gazetteer place
	 * ({@code ?geonames=}), its id left blank to be made as every government's is.
	 */
	@GetMapping("/governments/new")
	String createForm(@RequestParam(required = false) @Nullable Long geonames, Locale locale, Model model) {
		GovernmentForm form = (geonames == null) ? GovernmentForm.empty()
				: this.world.place(geonames)
					.filter(Place::hasSubdivision)
					.map(place -> GovernmentForm.of(this.world.governmentValues(place), null))
					.orElseGet(GovernmentForm::empty);
		return form(form, false, locale, model);
	}

	@PostMapping("/governments/new")
	String create(@Valid @ModelAttribute("form") GovernmentForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		Optional<GovernmentDetails> saved = this.writes.write(result, form::values,
				values -> this.gazetteer.register(form.key(), values));
		return saved.map(government -> shown(government.id(), "gazetteer.flash.created", redirect))
			.orElseGet(() -> form(form, false, locale, model));
	}

	@GetMapping("/governments/{id}/edit")
	String editForm(@PathVariable GovernmentId id, Locale locale, Model model) {
		return form(GovernmentForm.of(this.gazetteer.get(id)), true, locale, model);
	}

	@PostMapping("/governments/{id}/edit")
	String update(@PathVariable GovernmentId id, @Valid @ModelAttribute("form") GovernmentForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		Optional<GovernmentDetails> saved = this.writes.write(result, form::values,
				values -> this.gazetteer.update(id, form.editedVersion(), values));
		return saved.map(government -> shown(id, "gazetteer.flash.updated", redirect))
			.orElseGet(() -> form(form, true, locale, model));
	}

	@PostMapping("/governments/{id}/delete")
	String delete(@PathVariable GovernmentId id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.gazetteer.delete(id, version);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", FormErrors.message(ex));
			return shown(id, null, redirect);
		}
		redirect.addFlashAttribute("message", "gazetteer.flash.deleted");
		return "redirect:/governments";
	}

	private String form(GovernmentForm form, boolean editing, Locale locale, Model model) {
		String country = (form.country() != null) ? form.country().strip().toUpperCase(Locale.ROOT) : "";
		if (!model.containsAttribute("form")) {
			// after a failed post the bound form is there already, with its binding
			// errors
			model.addAttribute("form", form);
		}
		model.addAttribute("editing", editing);
		model.addAttribute("countries", this.gazetteer.countries(locale));
		model.addAttribute("subdivisions", country.isEmpty() ? Map.of() : this.gazetteer.subdivisions(country, locale));
		model.addAttribute("levels", GovernmentLevel.values());
		return VIEW;
	}

	private static String shown(GovernmentId id, @Nullable String message, RedirectAttributes redirect) {
		if (message != null) {
			redirect.addFlashAttribute("message", message);
		}
		redirect.addAttribute("id", id.value());
		return "redirect:/governments/{id}";
	}

}
