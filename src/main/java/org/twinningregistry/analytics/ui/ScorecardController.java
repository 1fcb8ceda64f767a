package org.twinningregistry.analytics.ui;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinningregistry.analytics.GovernmentScorecard;
import org.twinningregistry.analytics.Statistics;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.strategy.Fulfilment;

/**
 * A government's scorecard: its agreements, how alive each is, what was done, and how its
 * plans of the year are fulfilled and its engagements serve its purposes.
 */
@Controller
class ScorecardController {

	private final Statistics statistics;

	private final Gazetteer gazetteer;

	private final Fulfilment fulfilment;

	ScorecardController(Statistics statistics, Gazetteer gazetteer, Fulfilment fulfilment) {
		this.statistics = statistics;
		this.gazetteer = gazetteer;
		this.fulfilment = fulfilment;
	}

	@GetMapping("/statistics/governments/{id}")
	String scorecard(@PathVariable GovernmentId id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window, Locale locale, Model model) {
		GovernmentScorecard figures = this.statistics.government(id, asOf, window);
		model.addAttribute("figures", figures);
		model.addAttribute("plan", this.fulfilment.ofGovernment(id, figures.asOf().getYear()));
		model.addAttribute("countries", this.gazetteer.countries(locale));
		return "analytics/scorecard";
	}

}
