package org.twinningregistry.analytics.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinningregistry.analytics.ActivityStatistics;
import org.twinningregistry.analytics.BilateralStatistics;
import org.twinningregistry.analytics.CountryStatistics;
import org.twinningregistry.analytics.Statistics;
import org.twinningregistry.analytics.StatisticsScope;
import org.twinningregistry.gazetteer.Gazetteer;

/**
 * The national dashboard (a country's partners, new agreements per year, relationships by
 * subdivision) and the bilateral one (how alive the relationships between two countries
 * are).
 */
@Controller
class DashboardController {

	static final String DEFAULT_COUNTRY = "CA";

	private final Statistics statistics;

	private final ActivityStatistics activity;

	private final Gazetteer gazetteer;

	DashboardController(Statistics statistics, ActivityStatistics activity, Gazetteer gazetteer) {
		this.statistics = statistics;
		this.activity = activity;
		this.gazetteer = gazetteer;
	}

	@GetMapping("/statistics")
	String national(@RequestParam(defaultValue = DEFAULT_COUNTRY) String country,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale, Model model) {
		CountryStatistics figures = this.statistics.country(country, asOf);
		List<CountryStatistics.YearCount> years = figures.newPerYear();
		Set<String> topPartners = years.isEmpty() ? Set.of() : years.get(0).byPartner().keySet();
		model.addAttribute("figures", figures);
		model.addAttribute("years", everyYear(years, topPartners));
		model.addAttribute("topPartners", topPartners);
		model.addAttribute("countries", this.gazetteer.countries(locale));
		model.addAttribute("subdivisions", this.gazetteer.subdivisions(figures.country(), locale));
		return "analytics/national";
	}

	@GetMapping("/statistics/bilateral")
	String bilateral(@RequestParam(defaultValue = DEFAULT_COUNTRY) String country,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window, Locale locale, Model model) {
		String other = (partner == null || partner.isBlank()) ? topPartner(country, asOf) : partner;
		BilateralStatistics figures = this.statistics.bilateral(country, other, asOf, window);
		StatisticsScope scope = new StatisticsScope(figures.country(), null, figures.partner());
		ActivityGrid grid = ActivityGrid.of(this.activity.activity(scope, figures.asOf(), figures.window()),
				figures.asOf(), figures.window());
		model.addAttribute("figures", figures);
		model.addAttribute("grid", grid);
		model.addAttribute("countries", this.gazetteer.countries(locale));
		model.addAttribute("subdivisions", this.gazetteer.subdivisions(figures.country(), locale));
		return "analytics/bilateral";
	}

	/** The country's first-ranked partner, or the country itself when it has none. */
	private String topPartner(String country, @Nullable LocalDate asOf) {
		List<CountryStatistics.PartnerCount> partners = this.statistics.country(country, asOf).partners();
		return partners.isEmpty() ? country : partners.get(0).country();
	}

	/**
	 * Every year from the first signing to the last, those without a signing as 0, so
	 * that the chart's time axis is even.
	 */
	static List<CountryStatistics.YearCount> everyYear(List<CountryStatistics.YearCount> years, Set<String> partners) {
		if (years.isEmpty()) {
			return years;
		}
		Map<Integer, CountryStatistics.YearCount> byYear = years.stream()
			.collect(Collectors.toMap(CountryStatistics.YearCount::year, Function.identity()));
		Map<String, Long> none = partners.stream().collect(Collectors.toMap(Function.identity(), partner -> 0L));
		return IntStream.rangeClosed(years.get(0).year(), years.get(years.size() - 1).year())
			.mapToObj(year -> byYear.getOrDefault(year, new CountryStatistics.YearCount(year, 0, none)))
			.toList();
	}

}
