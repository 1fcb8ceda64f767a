package org.twinningregistry.analytics.ui;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinningregistry.analytics.Accountability;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.strategy.Decision;

/**
 * A province's accountability review ({@code /statistics/accountability/{subdivision}}):
 * which of its governments have a strategy and a plan, their fulfilment and alignment for
 * a year (charts with their tables), and the dormant relationships to decide.
 */
@Controller
class AccountabilityController {

	private final Accountability accountability;

	private final Gazetteer gazetteer;

	AccountabilityController(Accountability accountability, Gazetteer gazetteer) {
		this.accountability = accountability;
		this.gazetteer = gazetteer;
	}

	@GetMapping("/statistics/accountability/{subdivision}")
	String province(@PathVariable String subdivision, @RequestParam(required = false) @Nullable Integer year,
			Locale locale, Model model) {
		var review = this.accountability.ofProvince(subdivision, year);
		model.addAttribute("review", review);
		model.addAttribute("name", this.gazetteer.subdivisionName(review.subdivision(), locale));
		model.addAttribute("decisions", Decision.values());
		return "analytics/accountability";
	}

}
