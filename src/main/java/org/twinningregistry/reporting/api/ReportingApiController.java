package org.twinningregistry.reporting.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
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

	@GetMapping("/completeness")
	ResponseEntity<?> completeness(@PathVariable int year, @RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String format, Locale locale) {
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

	@GetMapping("/reports")
	List<ReportResponse> reports(@PathVariable int year, @RequestParam(required = false) @Nullable String scope) {
		return this.submission.list(year, scope).stream().map(ReportResponse::of).toList();
	}

	@PostMapping("/reports")
	ResponseEntity<ReportResponse> submit(@PathVariable int year, @Valid @RequestBody ReportRequest request) {
		ReportDetails report = this.submission.submit(new SubmitReport(new GovernmentId(request.government()), year,
				request.nothingToReport(), request.note(), request.version(), request.reasons()));
		URI location = URI.create("/api/v1/reporting/" + year + "/reports/" + report.government().value());
		return ResponseEntity.created(location).body(ReportResponse.of(report));
	}

	@GetMapping("/reports/{government}")
	ReportResponse report(@PathVariable int year, @PathVariable GovernmentId government) {
		return this.submission.find(government, year)
			.map(ReportResponse::of)
			.orElseThrow(() -> new org.twinningregistry.shared.NotFoundException("annual report",
					government.value() + "/" + year));
	}

	@PostMapping("/reports/{government}/approve")
	ReportResponse approve(@PathVariable int year, @PathVariable GovernmentId government,
			@Valid @RequestBody(required = false) @Nullable ReviewRequest request) {
		return ReportResponse.of(this.review.approve(government, year, (request != null) ? request.version() : null));
	}

	@PostMapping("/reports/{government}/return")
	ReportResponse returnForRevision(@PathVariable int year, @PathVariable GovernmentId government,
			@Valid @RequestBody ReviewRequest request) {
		return ReportResponse.of(this.review.returnForRevision(government, year, request.reason(), request.version()));
	}

}
