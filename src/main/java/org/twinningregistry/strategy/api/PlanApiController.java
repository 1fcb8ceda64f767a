package org.twinningregistry.strategy.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.ExpectedVersion;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanSummary;

/**
 * Multi-year plans over HTTP: {@code /api/v1/agreements/{id}/plans} and
 * {@code /api/v1/plans/{planId}}. Their review ({@code /api/v1/plans/{id}/submit},
 * {@code …/confirm}, {@code …/history}, …) is the workflow's.
 */
@RestController
@Tag(name = "Plans", description = "Multi-year plans agreed under an agreement, and their planned activities")
class PlanApiController {

	private final PlanBook book;

	PlanApiController(PlanBook book) {
		this.book = book;
	}

	@PostMapping("/api/v1/agreements/{id}/plans")
	@Operation(summary = "Propose a plan under an agreement",
			description = "A plan covers 'from' to 'to' (at most ten years, not overlapping another plan of the "
					+ "agreement) and lists planned activities: year, category, form, origin (a party's id or "
					+ "BOTH), participants, title, notes. A curator of a party's country publishes at once; either "
					+ "party's reporter files a draft for review, which the other side can confirm once published.")
	ResponseEntity<PlanResponse> create(@Parameter(description = "The agreement's id") @PathVariable String id,
			@Validated @RequestBody PlanRequest request) {
		PlanId key = (request.id() != null && !request.id().isBlank()) ? new PlanId(request.id()) : null;
		PlanSummary created = this.book.propose(key, request.values(new AgreementId(id)));
		return ResponseEntity.created(URI.create("/api/v1/plans/" + created.id().value()))
			.body(PlanResponse.of(created));
	}

	@GetMapping("/api/v1/agreements/{id}/plans")
	@Operation(summary = "The plans of an agreement",
			description = "Its published plans, earliest first; 404 when the agreement is not published.")
	List<PlanResponse> ofAgreement(@Parameter(description = "The agreement's id") @PathVariable String id) {
		return this.book.ofAgreement(new AgreementId(id)).stream().map(PlanResponse::of).toList();
	}

	@GetMapping("/api/v1/plans/{planId}")
	@Operation(summary = "A plan", description = "The published plan with its planned activities.")
	PlanResponse get(@Parameter(description = "The plan's id") @PathVariable String planId) {
		return PlanResponse.of(this.book.get(new PlanId(planId)));
	}

	@PutMapping("/api/v1/plans/{planId}")
	@Operation(summary = "Replace a plan",
			description = "Replaces its years and activities (its agreement stays); 'version' is the open "
					+ "revision's when the caller works on one, else the published plan's. Published at once for "
					+ "a curator, a draft for a reporter.")
	PlanResponse update(@Parameter(description = "The plan's id") @PathVariable String planId,
			@Validated @RequestBody PlanRequest request) {
		if (request.version() == null) {
			throw new BadRequestException("version", "error.version.missing");
		}
		PlanId id = new PlanId(planId);
		PlanSummary current = this.book.editable(id);
		return PlanResponse.of(this.book.update(id, request.version(), request.values(current.values().agreement())));
	}

	@DeleteMapping("/api/v1/plans/{planId}")
	@Operation(summary = "Delete a plan",
			description = "Curators of a party's country only, naming the version read (?version= or If-Match); "
					+ "refused while a revision of it is open.")
	ResponseEntity<Void> delete(@Parameter(description = "The plan's id") @PathVariable String planId,
			@Parameter(description = "The version the delete is based on") @RequestParam(
					required = false) @Nullable Long version,
			@Parameter(description = "The version read, as an entity tag: \"3\"") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion.of(version, ifMatch).apply(v -> this.book.delete(new PlanId(planId), v));
		return ResponseEntity.noContent().build();
	}

}
