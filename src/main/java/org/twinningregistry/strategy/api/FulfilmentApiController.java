package org.twinningregistry.strategy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.strategy.Fulfilment;
import org.twinningregistry.strategy.FulfilmentStatistics;
import org.twinningregistry.strategy.PlanId;

/**
 * Fulfilment over HTTP: a plan's ({@code /api/v1/plans/{planId}/fulfilment}) and a
 * scope's ({@code /api/v1/statistics/fulfilment}), as defined in docs/statistics.md.
 */
@RestController
@Tag(name = "Fulfilment", description = "Whether plans are met and engagements serve the stated purposes")
class FulfilmentApiController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final Fulfilment fulfilment;

	FulfilmentApiController(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@GetMapping("/api/v1/plans/{planId}/fulfilment")
	@Operation(summary = "A plan's fulfilment",
			description = "Every planned activity with its state (MET, PENDING while its year has not ended, else "
					+ "MISSED) and the engagement that met it; planned, met, missed, pending and rate "
					+ "(met ÷ (met + missed)). See docs/statistics.md, \"Fulfilment\".")
	PlanFulfilmentResponse plan(@Parameter(description = "The plan's id") @PathVariable String planId) {
		return PlanFulfilmentResponse.of(this.fulfilment.ofPlan(new PlanId(planId)));
	}

	@GetMapping("/api/v1/statistics/fulfilment")
	@Operation(summary = "Fulfilment and alignment of a scope's governments",
			description = "Per government of the scope: has a strategy, has a current plan, the year's planned "
					+ "activities it is to initiate (alone or jointly) met, missed and pending, rate, and alignment "
					+ "of its substantive engagements with the purposes that apply to it; totals for the scope. "
					+ "format=csv gives one row per government and a TOTAL row.")
	ResponseEntity<?> statistics(
			@Parameter(description = "A country (CA), a subdivision (CA-BC) or a government's id") @RequestParam(
					required = false) @Nullable String scope,
			@Parameter(description = "The year of the planned activities (default: this year)") @RequestParam(
					required = false) @Nullable Integer year,
			@Parameter(
					description = "The alignment's window in years ending with the year, 1-50 (default 1)") @RequestParam(
							required = false) @Nullable Integer window,
			@Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format) {
		FulfilmentStatistics figures = this.fulfilment.statistics((scope != null) ? scope : "",
				(year != null) ? year : this.fulfilment.currentYear(), window);
		if (format == null || format.equalsIgnoreCase("json")) {
			return ResponseEntity.ok(FulfilmentStatisticsResponse.of(figures));
		}
		if (format.equalsIgnoreCase("csv")) {
			return ResponseEntity.ok()
				.contentType(CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						"attachment; filename=\"fulfilment-" + figures.year() + "-" + figures.scope() + ".csv\"")
				.body(FulfilmentCsv.of(figures));
		}
		throw new BadRequestException("format", "error.fulfilment.format", format);
	}

}
