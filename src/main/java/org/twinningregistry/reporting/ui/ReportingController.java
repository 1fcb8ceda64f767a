package org.twinningregistry.reporting.ui;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.reporting.ReportingCalendar;
import org.twinningregistry.reporting.ReportingCompleteness;

/**
 * The completeness page of a reporting year: a chooser of year and jurisdiction, then per
 * jurisdiction who is expected, who reported, and who is missing.
 */
@Controller
class ReportingController {

	private final ReportingCompleteness completeness;

	private final ReportingCalendar calendar;

	private final Gazetteer gazetteer;

	ReportingController(ReportingCompleteness completeness, ReportingCalendar calendar, Gazetteer gazetteer) {
		this.completeness = completeness;
		this.calendar = calendar;
		this.gazetteer = gazetteer;
	}

	/** The chooser's target: the latest year that is over unless one is given. */
	@GetMapping("/reporting")
	String choose(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String scope, RedirectAttributes redirect) {
		redirect.addAttribute("year", (year != null) ? year : this.calendar.latestEndedYear());
		if (scope != null && !scope.isBlank()) {
			redirect.addAttribute("scope", scope.strip());
		}
		return "redirect:/reporting/{year}";
	}

	@GetMapping("/reporting/{year}")
	String completeness(@PathVariable int year, @RequestParam(required = false) @Nullable String scope, Locale locale,
			Model model) {
		model.addAttribute("year", year);
		model.addAttribute("period", this.calendar.period(year));
		model.addAttribute("countries", this.gazetteer.countries(locale));
		String chosen = (scope != null) ? scope.strip().toUpperCase(Locale.ROOT) : "";
		model.addAttribute("scope", chosen);
		String country = (chosen.length() >= 2) ? chosen.substring(0, 2) : "";
		model.addAttribute("subdivisions",
				this.gazetteer.isCountry(country) ? this.gazetteer.subdivisions(country, locale) : java.util.Map.of());
		model.addAttribute("figures", chosen.isEmpty() ? null : this.completeness.of(year, chosen, locale));
		return "reporting/completeness";
	}

}
