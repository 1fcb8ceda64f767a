package org.twinningregistry.reporting.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.Completeness;
import org.twinningregistry.reporting.ReportDetails;
import org.twinningregistry.reporting.ReportReview;
import org.twinningregistry.reporting.ReportSubmission;
import org.twinningregistry.reporting.ReportingCompleteness;
import org.twinningregistry.reporting.SubmitReport;
import org.twinningregistry.shared.BadRequestException;

/**
 * {@code /api/v1/reporting/{year}}: annual reports (submit, approve, return, list) and
 * the year's completeness per jurisdiction, as JSON or, with {@code ?format=csv}, CSV.
 */
@RestController
@RequestMapping("/api/v1/reporting/{year}")
@Tag(name = "Reporting",
		description = "Annual self-reports of governments: a reporter submits one a reporting year (or says there "
				+ "was nothing to report), a reviewer of the subdivision or a curator approves or returns it; "
				+ "completeness says who reported, per jurisdiction. Definitions: docs/domain.md, Annual reports.")
class ReportingApiController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ReportSubmission submission;

	private final ReportReview review;

	private final ReportingCompleteness completeness;

	ReportingApiController(ReportSubmission submission, ReportReview review, ReportingCompleteness completeness) {
		this.submission = submission;
		this.review = review;
		this.completeness = completeness;
	}

	@Operation(summary = "Who has reported",
			description = "For a reporting year and a jurisdiction: the governments expected to report (those "
					+ "with a current agreement), who submitted, on time, approved, and who is missing; as JSON "
					+ "or CSV. An unknown or malformed scope is refused (400).")
	@GetMapping("/completeness")
	ResponseEntity<?> completeness(@Parameter(description = "The reporting year, such as 2024") @PathVariable int year,
			@Parameter(description = "A country (CA) or subdivision (CA-BC) code") @RequestParam(
					required = false) @Nullable String scope,
			@Parameter(description = "json (the default) or csv") @RequestParam(
					required = false) @Nullable String format,
			Locale locale) {
		Completeness figures = this.completeness.of(year, (scope != null) ? scope : "", locale);
		if (format == null || format.equalsIgnoreCase("json")) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(figures);
		}
		if (format.equalsIgnoreCase("csv")) {
			return ResponseEntity.ok()
				.contentType(CSV)
				.header("Content-Disposition",
						"attachment; filename=\"completeness-" + year + "-" + figures.scope() + ".csv\"")
				.body(CompletenessCsv.of(figures));
		}
		throw new BadRequestException("format", "error.reporting.format", format);
	}

	@Operation(summary = "List a year's reports",
			description = "The reports of a reporting year, of a jurisdiction's governments when a scope is "
					+ "given, by government name.")
	@GetMapping("/reports")
	List<ReportResponse> reports(@Parameter(description = "The reporting year, such as 2024") @PathVariable int year,
			@Parameter(description = "A country (CA) or subdivision (CA-BC) code") @RequestParam(
					required = false) @Nullable String scope) {
		return this.submission.list(year, scope).stream().map(ReportResponse::of).toList();
	}

	@Operation(summary = "Submit a report",
			description = "Submits a government's report for a year that is over (its reporters, or a reviewer "
					+ "or curator above it), or submits a returned one again with its `version`; what a read of "
					+ "the report answers can be sent back as it is.")
	@PostMapping("/reports")
	ResponseEntity<ReportResponse> submit(
			@Parameter(description = "The reporting year, such as 2024") @PathVariable int year,
			@Valid @RequestBody ReportRequest request) {
		ReportDetails report = this.submission.submit(new SubmitReport(new GovernmentId(request.government()), year,
				request.nothingToReport(), request.note(), request.version(), request.reasons()));
		URI location = URI.create("/api/v1/reporting/" + year + "/reports/" + report.government().value());
		return ResponseEntity.created(location).body(ReportResponse.of(report));
	}

	@Operation(summary = "Read a report",
			description = "A government's report for a year, its `version` also sent as `ETag`; 404 when it "
					+ "has none.")
	@GetMapping("/reports/{government}")
	ReportResponse report(@Parameter(description = "The reporting year, such as 2024") @PathVariable int year,
			@Parameter(description = "The reporting government's id") @PathVariable GovernmentId government) {
		return this.submission.find(government, year)
			.map(ReportResponse::of)
			.orElseThrow(() -> new org.twinningregistry.shared.NotFoundException("annual report",
					government.value() + "/" + year));
	}

	@Operation(summary = "Approve a report",
			description = "Approves a submitted report (a reviewer of its subdivision or a curator of its "
					+ "country); the body's `version`, if given, must be the report's.")
	@PostMapping("/reports/{government}/approve")
	ReportResponse approve(@Parameter(description = "The reporting year, such as 2024") @PathVariable int year,
			@Parameter(description = "The reporting government's id") @PathVariable GovernmentId government,
			@Valid @RequestBody(required = false) @Nullable ReviewRequest request) {
		return ReportResponse.of(this.review.approve(government, year, (request != null) ? request.version() : null));
	}

	@Operation(summary = "Return a report",
			description = "Returns a submitted report to its reporters with the reason (a reviewer or curator "
					+ "above it); they submit it again.")
	@PostMapping("/reports/{government}/return")
	ReportResponse returnForRevision(
			@Parameter(description = "The reporting year, such as 2024") @PathVariable int year,
			@Parameter(description = "The reporting government's id") @PathVariable GovernmentId government,
			@Valid @RequestBody ReviewRequest request) {
		return ReportResponse.of(this.review.returnForRevision(government, year, request.reason(), request.version()));
	}

}
