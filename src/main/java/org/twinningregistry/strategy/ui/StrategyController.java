package org.twinningregistry.strategy.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.strategy.StrategyBook;
import org.twinningregistry.strategy.StrategyRevision;
import org.twinningregistry.strategy.StrategySummary;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * A government's strategy page ({@code /strategies/{id}}, the government's id): the
 * published strategy, or for those in scope the draft of a new one, its open revision
 * with the workflow buttons, and its history; and the form that writes it.
 */
@Controller
class StrategyController {

	private final StrategyBook book;

	private final ReviewWorkflow workflow;

	private final Gazetteer gazetteer;

	StrategyController(StrategyBook book, ReviewWorkflow workflow, Gazetteer gazetteer) {
		this.book = book;
		this.workflow = workflow;
		this.gazetteer = gazetteer;
	}

	@GetMapping("/strategies/{id}")
	String detail(@PathVariable GovernmentId id, Model model) {
		GovernmentDetails government = this.gazetteer.get(id);
		Optional<StrategyRevision> revision = this.book.revision(id);
		Optional<StrategySummary> published = this.book.find(id);
		model.addAttribute("government", government);
		model.addAttribute("strategy", published.or(() -> revision.map(StrategyRevision::proposed)).orElse(null));
		model.addAttribute("published", published.isPresent());
		model.addAttribute("revision", revision.map(StrategyRevision::revision).orElse(null));
		model.addAttribute("history", (published.isPresent() || revision.isPresent())
				? this.workflow.history(StrategyBook.ref(id)) : List.of());
		return "strategy/detail";
	}

	@GetMapping("/strategies/{id}/edit")
	String editForm(@PathVariable GovernmentId id, Model model) {
		StrategyForm form = this.book.editable(id).map(StrategyForm::of).orElseGet(StrategyForm::empty);
		return form(this.gazetteer.get(id), form, model);
	}

	@PostMapping("/strategies/{id}/edit")
	String update(@PathVariable GovernmentId id, @ModelAttribute("form") StrategyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		GovernmentDetails government = this.gazetteer.get(id);
		Optional<StrategySummary> saved = FormErrors.write(result,
				() -> this.book.put(form.values(id), form.version()));
		if (saved.isEmpty()) {
			return form(government, form, model);
		}
		redirect.addFlashAttribute("message",
				(saved.get().draft() != null) ? "workflow.flash.drafted" : "strategy.flash.saved");
		redirect.addAttribute("id", id.value());
		return "redirect:/strategies/{id}";
	}

	private String form(GovernmentDetails government, StrategyForm form, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("government", government);
		model.addAttribute("categories", Category.values());
		return "strategy/form";
	}

}
