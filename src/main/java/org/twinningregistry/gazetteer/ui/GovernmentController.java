package org.twinningregistry.gazetteer.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentCriteria;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.shared.Text;

/** The public government pages: the filtered list and one government with its parts. */
@Controller
class GovernmentController {

	private static final int PAGE_SIZE = 20;

	private final Gazetteer gazetteer;

	private final ObjectProvider<PageSection> sections;

	GovernmentController(Gazetteer gazetteer, ObjectProvider<PageSection> sections) {
		this.gazetteer = gazetteer;
		this.sections = sections;
	}

	@GetMapping("/governments")
	String list(@ModelAttribute("filter") Filter filter, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "id"));
		Page<GovernmentSummary> found = this.gazetteer.search(filter.criteria(), request);
		model.addAttribute("page", found.map(g -> GovernmentView.of(g, this.gazetteer, locale)));
		model.addAttribute("countries", this.gazetteer.countries(locale));
		model.addAttribute("levels", GovernmentLevel.values());
		return "gazetteer/list";
	}

	@GetMapping("/governments/{id}")
	String detail(@PathVariable GovernmentId id, Locale locale, Model model) {
		GovernmentDetails government = this.gazetteer.get(id);
		GovernmentId parent = government.values().parent();
		model.addAttribute("government", government);
		model.addAttribute("view", GovernmentView.of(government.summary(), this.gazetteer, locale));
		model.addAttribute("parent", (parent != null) ? this.gazetteer.find(parent).orElse(null) : null);
		model.addAttribute("sections", sections(id, locale));
		return "gazetteer/detail";
	}

	private List<Section> sections(GovernmentId id, Locale locale) {
		return this.sections.stream()
			.filter(section -> "government".equals(section.page()))
			.sorted(Comparator.comparingInt(PageSection::order))
			.map(section -> new Section(section.fragment(), section.model(id.value(), locale)))
			.toList();
	}

	/** The list's filters as the query string gives them; blank means no filter. */
	record Filter(@Nullable String q, @Nullable String country, @Nullable String subdivision,
			@Nullable GovernmentLevel level) {

		GovernmentCriteria criteria() {
			return new GovernmentCriteria(Text.trimToNull(this.q), Text.trimToNull(this.country),
					Text.trimToNull(this.subdivision), this.level, null);
		}

	}

	/** A part another module adds to the page. */
	record Section(String fragment, Object model) {

	}

}
