package org.twinningregistry.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.twinningregistry.shared.HeadlineFigure;
import org.twinningregistry.shared.PageSection;

/**
 * The home page: a search box, the headline figures the feature modules contribute, and
 * the sections they add to the page {@code "home"} ({@code PageSection}).
 */
@Controller
class HomeController {

	private final ObjectProvider<HeadlineFigure> figures;

	private final ObjectProvider<PageSection> sections;

	HomeController(ObjectProvider<HeadlineFigure> figures, ObjectProvider<PageSection> sections) {
		this.figures = figures;
		this.sections = sections;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		List<Headline> headlines = this.figures.stream()
			.sorted(Comparator.comparingInt(HeadlineFigure::order))
			.map(figure -> new Headline(figure.labelKey(), figure.link(), figure.count()))
			.toList();
		model.addAttribute("headlines", headlines);
		model.addAttribute("sections",
				this.sections.stream()
					.filter(section -> "home".equals(section.page()))
					.sorted(Comparator.comparingInt(PageSection::order))
					.map(section -> new Section(section.fragment(), section.model("", locale)))
					.toList());
		return "ui/home";
	}

	/**
	 * A part a feature module adds to the home page (what is coming, from continuity).
	 */
	record Section(String fragment, Object model) {

	}

	/** One figure as the page shows it. */
	record Headline(String labelKey, String link, long count) {

	}

}
