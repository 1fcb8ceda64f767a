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
import org.twinningregistry.analytics.Statistics;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;

/** A government's scorecard: its agreements, how alive each is, and what was done. */
@Controller
class ScorecardController {

	private final Statistics statistics;

	private final Gazetteer gazetteer;

	ScorecardController(Statistics statistics, Gazetteer gazetteer) {
		this.statistics = statistics;
		this.gazetteer = gazetteer;
	}

	@GetMapping("/statistics/governments/{id}")
	String scorecard(@PathVariable GovernmentId id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window, Locale locale, Model model) {
		model.addAttribute("figures", this.statistics.government(id, asOf, window));
		model.addAttribute("countries", this.gazetteer.countries(locale));
		return "analytics/scorecard";
	}

}
