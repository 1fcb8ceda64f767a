package org.twinningregistry.analytics.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.analytics.ActivityStatistics;
import org.twinningregistry.analytics.BilateralStatistics;
import org.twinningregistry.analytics.CountryStatistics;
import org.twinningregistry.analytics.GovernmentScorecard;
import org.twinningregistry.analytics.MapLine;
import org.twinningregistry.analytics.ProvinceStatistics;
import org.twinningregistry.analytics.RelationshipActivity;
import org.twinningregistry.analytics.Statistics;
import org.twinningregistry.analytics.StatisticsDefinitions;
import org.twinningregistry.analytics.StatisticsScope;
import org.twinningregistry.gazetteer.GovernmentId;

/**
 * {@code /api/v1/statistics}: national, bilateral, per-government and per-subdivision
 * figures and the activity grid as JSON, or as CSV with {@code ?format=csv}, or as a
 * one-sheet XLSX workbook of the same table with {@code ?format=xlsx}. Each answer states
 * its {@code asOf} and {@code window}.
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Statistics statistics;

	private final ActivityStatistics activity;

	StatisticsApiController(Statistics statistics, ActivityStatistics activity) {
		this.statistics = statistics;
		this.activity = activity;
	}

	@GetMapping("/countries/{country}")
	ResponseEntity<?> country(@PathVariable String country,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String format) {
		CountryStatistics figures = this.statistics.country(country, asOf);
		return answer(figures, format, () -> StatisticsCsv.of(figures), "country-" + figures.country());
	}

	@GetMapping("/bilateral/{country}/{partner}")
	ResponseEntity<?> bilateral(@PathVariable String country, @PathVariable String partner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window,
			@RequestParam(required = false) @Nullable String format) {
		BilateralStatistics figures = this.statistics.bilateral(country, partner, asOf, window);
		return answer(figures, format, () -> StatisticsCsv.of(figures),
				"bilateral-" + figures.country() + "-" + figures.partner());
	}

	@GetMapping("/governments/{id}")
	ResponseEntity<?> government(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window,
			@RequestParam(required = false) @Nullable String format) {
		GovernmentScorecard figures = this.statistics.government(new GovernmentId(id), asOf, window);
		return answer(figures, format, () -> StatisticsCsv.of(figures), "government-" + id);
	}

	@GetMapping("/subdivisions/{subdivision}")
	ResponseEntity<?> subdivision(@PathVariable String subdivision,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window,
			@RequestParam(required = false) @Nullable String format) {
		ProvinceStatistics figures = this.activity.province(subdivision, asOf, window);
		return answer(figures, format, () -> ActivityCsv.of(figures), "subdivision-" + figures.subdivision());
	}

	@GetMapping("/activity")
	ResponseEntity<?> activity(@RequestParam String country,
			@RequestParam(required = false) @Nullable String subdivision,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window,
			@RequestParam(required = false) @Nullable String format) {
		StatisticsScope scope = new StatisticsScope(country, subdivision, partner);
		StatisticsDefinitions at = this.activity.definitions(asOf, window);
		ScopedAnswer<RelationshipActivity> answer = new ScopedAnswer<>(at.asOf(), at.window(),
				this.activity.activity(scope, at.asOf(), at.window()));
		return answer(answer, format, () -> ActivityCsv.of(at, answer.items()), "activity-" + country);
	}

	@GetMapping("/map")
	ScopedAnswer<MapLine> map(@RequestParam String country, @RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Integer window) {
		StatisticsScope scope = new StatisticsScope(country, null, partner);
		StatisticsDefinitions at = this.activity.definitions(asOf, window);
		return new ScopedAnswer<>(at.asOf(), at.window(), this.activity.map(scope, at.asOf(), at.window()));
	}

	/** A list of figures with the date and window they are computed for. */
	record ScopedAnswer<T>(LocalDate asOf, int window, java.util.List<T> items) {
	}

	private static ResponseEntity<?> answer(Object figures, @Nullable String format,
			java.util.function.Supplier<String> csv, String name) {
		if (format == null || format.equalsIgnoreCase("json")) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures);
		}
		if (format.equalsIgnoreCase("csv")) {
			return ResponseEntity.ok()
				.contentType(CSV)
				.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
				.body(csv.get());
		}
		if (format.equalsIgnoreCase("xlsx")) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(StatisticsXlsx.MEDIA_TYPE))
				.header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
				.body(StatisticsXlsx.of(csv.get()));
		}
		throw new org.twinningregistry.shared.BadRequestException("format", "error.statistics.format", format);
	}

}
