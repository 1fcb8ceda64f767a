package org.twinningregistry.analytics.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Statistics",
		description = "Figures computed as of a date over published agreements and engagements: national, bilateral, "
				+ "per government and per subdivision, the activity grid and the map. Each answer states its "
				+ "`asOf` and `window`; `format=csv` or `xlsx` gives the same table as a file. Definitions: "
				+ "docs/statistics.md.")
class StatisticsApiController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Statistics statistics;

	private final ActivityStatistics activity;

	StatisticsApiController(Statistics statistics, ActivityStatistics activity) {
		this.statistics = statistics;
		this.activity = activity;
	}

	@Operation(summary = "A country's figures",
			description = "Agreements of a country's governments as of a date: how many, current, by type, "
					+ "partner country and year. An unknown country is refused (400).")
	@GetMapping("/countries/{country}")
	ResponseEntity<?> country(
			@Parameter(description = "ISO 3166-1 alpha-2 country code, such as CA") @PathVariable String country,
			@Parameter(
					description = "The date the figures are computed as of (ISO 8601, such as 2019-12-31); today when absent") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Parameter(description = "json (the default), csv or xlsx") @RequestParam(
					required = false) @Nullable String format) {
		CountryStatistics figures = this.statistics.country(country, asOf);
		return answer(figures, format, () -> StatisticsCsv.of(figures), "country-" + figures.country());
	}

	@Operation(summary = "Two countries' figures",
			description = "The relationships between two countries' governments as of a date: agreements, who "
					+ "is paired with whom, engagements over the window and which side initiated them.")
	@GetMapping("/bilateral/{country}/{partner}")
	ResponseEntity<?> bilateral(
			@Parameter(description = "ISO 3166-1 country code of one side, such as CA") @PathVariable String country,
			@Parameter(
					description = "ISO 3166-1 country code of the other side, such as KR") @PathVariable String partner,
			@Parameter(
					description = "The date the figures are computed as of (ISO 8601, such as 2019-12-31); today when absent") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Parameter(
					description = "Years counted back from asOf for activity figures, 1 to 50 (5 when absent)") @RequestParam(
							required = false) @Nullable Integer window,
			@Parameter(description = "json (the default), csv or xlsx") @RequestParam(
					required = false) @Nullable String format) {
		BilateralStatistics figures = this.statistics.bilateral(country, partner, asOf, window);
		return answer(figures, format, () -> StatisticsCsv.of(figures),
				"bilateral-" + figures.country() + "-" + figures.partner());
	}

	@Operation(summary = "A government's scorecard",
			description = "One government's agreements and their activity as of a date: which are current, "
					+ "active or dormant over the window, with their engagements by year.")
	@GetMapping("/governments/{id}")
	ResponseEntity<?> government(@Parameter(description = "The government's id") @PathVariable String id, @Parameter(
			description = "The date the figures are computed as of (ISO 8601, such as 2019-12-31); today when absent") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Parameter(
					description = "Years counted back from asOf for activity figures, 1 to 50 (5 when absent)") @RequestParam(
							required = false) @Nullable Integer window,
			@Parameter(description = "json (the default), csv or xlsx") @RequestParam(
					required = false) @Nullable String format) {
		GovernmentScorecard figures = this.statistics.government(new GovernmentId(id), asOf, window);
		return answer(figures, format, () -> StatisticsCsv.of(figures), "government-" + id);
	}

	@Operation(summary = "A subdivision's figures",
			description = "The agreements and activity of a province's (state's, prefecture's) governments as of "
					+ "a date, government by government.")
	@GetMapping("/subdivisions/{subdivision}")
	ResponseEntity<?> subdivision(
			@Parameter(description = "ISO 3166-2 subdivision code, such as CA-BC") @PathVariable String subdivision,
			@Parameter(
					description = "The date the figures are computed as of (ISO 8601, such as 2019-12-31); today when absent") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Parameter(
					description = "Years counted back from asOf for activity figures, 1 to 50 (5 when absent)") @RequestParam(
							required = false) @Nullable Integer window,
			@Parameter(description = "json (the default), csv or xlsx") @RequestParam(
					required = false) @Nullable String format) {
		ProvinceStatistics figures = this.activity.province(subdivision, asOf, window);
		return answer(figures, format, () -> ActivityCsv.of(figures), "subdivision-" + figures.subdivision());
	}

	@Operation(summary = "The activity grid",
			description = "Each relationship of a country's (or subdivision's) governments, with a partner "
					+ "country or all, and its engagements year by year over the window.")
	@GetMapping("/activity")
	ResponseEntity<?> activity(
			@Parameter(description = "ISO 3166-1 country code, such as CA") @RequestParam String country,
			@Parameter(description = "ISO 3166-2 subdivision code within the country, such as CA-BC") @RequestParam(
					required = false) @Nullable String subdivision,
			@Parameter(description = "ISO 3166-1 country code of the partners, such as KR") @RequestParam(
					required = false) @Nullable String partner,
			@Parameter(
					description = "The date the figures are computed as of (ISO 8601, such as 2019-12-31); today when absent") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Parameter(
					description = "Years counted back from asOf for activity figures, 1 to 50 (5 when absent)") @RequestParam(
							required = false) @Nullable Integer window,
			@Parameter(description = "json (the default), csv or xlsx") @RequestParam(
					required = false) @Nullable String format) {
		StatisticsScope scope = new StatisticsScope(country, subdivision, partner);
		StatisticsDefinitions at = this.activity.definitions(asOf, window);
		ScopedAnswer<RelationshipActivity> answer = new ScopedAnswer<>(at.asOf(), at.window(),
				this.activity.activity(scope, at.asOf(), at.window()));
		return answer(answer, format, () -> ActivityCsv.of(at, answer.items()), "activity-" + country);
	}

	@Operation(summary = "The map's lines",
			description = "Each relationship of a country's governments (with a partner country, or all) as a "
					+ "line between the two governments' coordinates, with its activity over the window.")
	@GetMapping("/map")
	ScopedAnswer<MapLine> map(
			@Parameter(description = "ISO 3166-1 country code, such as CA") @RequestParam String country,
			@Parameter(description = "ISO 3166-1 country code of the partners, such as KR") @RequestParam(
					required = false) @Nullable String partner,
			@Parameter(
					description = "The date the figures are computed as of (ISO 8601, such as 2019-12-31); today when absent") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Parameter(
					description = "Years counted back from asOf for activity figures, 1 to 50 (5 when absent)") @RequestParam(
							required = false) @Nullable Integer window) {
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
