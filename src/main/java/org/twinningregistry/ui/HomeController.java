package org.twinningregistry.ui;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.twinningregistry.shared.HeadlineFigure;

/**
 * The home page: a search box and the headline figures the feature modules contribute.
 */
@Controller
class HomeController {

	private final ObjectProvider<HeadlineFigure> figures;

	HomeController(ObjectProvider<HeadlineFigure> figures) {
		this.figures = figures;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Headline> headlines = this.figures.stream()
			.sorted(Comparator.comparingInt(HeadlineFigure::order))
			.map(figure -> new Headline(figure.labelKey(), figure.link(), figure.count()))
			.toList();
		model.addAttribute("headlines", headlines);
		return "ui/home";
	}

	/** One figure as the page shows it. */
	record Headline(String labelKey, String link, long count) {

	}

}
