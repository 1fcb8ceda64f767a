package org.twinningregistry.analytics.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinningregistry.analytics.ActivityStatistics;
import org.twinningregistry.analytics.MapLine;
import org.twinningregistry.analytics.ProvinceStatistics;
import org.twinningregistry.analytics.StatisticsDefinitions;
import org.twinningregistry.analytics.StatisticsScope;
import org.twinningregistry.gazetteer.Gazetteer;

/** The province view and the map: relationship by relationship, how alive they are. */
@Controller
class ActivityController {

	private final ActivityStatistics activity;

	private final Gazetteer gazetteer;

	ActivityController(ActivityStatistics activity, Gazetteer gazetteer) {
		this.activity = activity;
		this.gazetteer = gazetteer;
	}

	@GetMapping("/statistics/subdivisions/{code}")
	String province(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window, Locale locale, Model model) {
		ProvinceStatistics figures = this.activity.province(code, asOf, window);
		model.addAttribute("figures", figures);
		model.addAttribute("grid", ActivityGrid.of(figures.activity(), figures.asOf(), figures.window()));
		model.addAttribute("name", this.gazetteer.subdivisionName(figures.subdivision(), locale));
		model.addAttribute("countries", this.gazetteer.countries(locale));
		return "analytics/province";
	}

	@GetMapping("/statistics/map")
	String map(@RequestParam(defaultValue = DashboardController.DEFAULT_COUNTRY) String country,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window, Locale locale, Model model) {
		StatisticsScope scope = new StatisticsScope(code(country), null,
				(partner == null || partner.isBlank()) ? null : code(partner));
		StatisticsDefinitions at = this.activity.definitions(asOf, window);
		List<MapLine> lines = this.activity.map(scope, at.asOf(), at.window());
		model.addAttribute("scope", scope);
		model.addAttribute("at", at);
		model.addAttribute("lines", lines);
		model.addAttribute("countries", this.gazetteer.countries(locale));
		return "analytics/map";
	}

	private static String code(String country) {
		return country.strip().toUpperCase(Locale.ROOT);
	}

}
