package org.twinningregistry.engagement.api;

import java.net.URI;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.groups.Default;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.SortDefault;
import org.springframework.data.web.PagedModel;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.ExistingAgreement;
import org.twinningregistry.engagement.EngagementCriteria;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.gazetteer.CountryCode;
import org.twinningregistry.gazetteer.ExistingGovernment;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.ExpectedVersion;
import org.twinningregistry.shared.OnUpdate;
import org.twinningregistry.shared.Sorting;
import org.twinningregistry.shared.Text;
import org.twinningregistry.shared.YearFilter;

/** {@code /api/v1/engagements}: the engagement log over HTTP. */
@RestController
@RequestMapping("/api/v1/engagements")
@Tag(name = "Engagements",
		description = "What happened under an agreement, year by year: visits, exchanges, programs, with their "
				+ "category, form, the side that initiated them, participants and cost. Reads show published "
				+ "engagements; a reporter's write is a draft to review (see Workflow).")
class EngagementApiController {

	private final EngagementLog log;

	EngagementApiController(EngagementLog log) {
		this.log = log;
	}

	@Operation(summary = "List engagements",
			description = "Published engagements matching every filter given, a page at a time. An unknown "
					+ "agreement, government or country, or a year out of range, is refused (400). Sort by "
					+ "`year`, `id`, `category` or `title`.")
	@GetMapping
	PagedModel<EngagementResponse> list(
			@Parameter(description = "Text found in the title or description") @RequestParam(
					required = false) @Nullable String q,
			@Parameter(description = "Id of the agreement they were under") @RequestParam(
					required = false) @Nullable @ExistingAgreement String agreement,
			@Parameter(description = "Id of a party of their agreement") @RequestParam(
					required = false) @Nullable @ExistingGovernment String government,
			@Parameter(description = "ISO 3166-1 country code of a party, such as CA") @RequestParam(
					required = false) @Nullable @CountryCode String country,
			@Parameter(description = "ISO 3166-1 country code of the other party (with country)") @RequestParam(
					required = false) @Nullable @CountryCode String partnerCountry,
			@Parameter(description = "Category") @RequestParam(required = false) @Nullable Category category,
			@Parameter(description = "Form (visit, program, …)") @RequestParam(
					required = false) @Nullable EngagementForm form,
			@Parameter(description = "In this year or later (1000 to 9999)") @RequestParam(
					required = false) @Nullable @Min(YearFilter.MIN) @Max(YearFilter.MAX) Integer fromYear,
			@Parameter(description = "In this year or earlier (1000 to 9999, not before fromYear)") @RequestParam(
					required = false) @Nullable @Min(YearFilter.MIN) @Max(YearFilter.MAX) Integer toYear,
			@ParameterObject @SortDefault(sort = { "year", "id" }) Pageable page) {
		YearFilter years = new YearFilter(fromYear, toYear);
		EngagementCriteria criteria = new EngagementCriteria(q,
				(agreement != null) ? new AgreementId(agreement.strip()) : null,
				(government != null) ? new GovernmentId(government.strip()) : null, Text.codeOrNull(country),
				Text.codeOrNull(partnerCountry), category, form, years.from(), years.to());
		Pageable sorted = Sorting.checked(page, "year", "id", "category", "title");
		return new PagedModel<>(this.log.search(criteria, sorted).map(EngagementResponse::of));
	}

	@Operation(summary = "Read an engagement",
			description = "One published engagement, its `version` also sent as `ETag`: send this body back with "
					+ "a `PUT`, changed, to change it.")
	@GetMapping("/{id}")
	EngagementResponse get(@Parameter(description = "The engagement's id") @PathVariable String id) {
		return EngagementResponse.of(this.log.get(new EngagementId(id)));
	}

	@Operation(summary = "Record an engagement",
			description = "Records an engagement under an agreement: published by a curator of a party's "
					+ "country, else a draft (201, `workflowState` DRAFT). `origin` is the id of the party that "
					+ "initiated it, or BOTH. 422 lists every rule it breaks.")
	@PostMapping
	ResponseEntity<EngagementResponse> create(@Validated @RequestBody EngagementRequest request) {
		EngagementId id = (request.id() != null && !request.id().isBlank()) ? new EngagementId(request.id()) : null;
		EngagementSummary created = this.log.record(id, request.values());
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + created.id().value()))
			.body(EngagementResponse.of(created));
	}

	@Operation(summary = "Change an engagement",
			description = "Replaces an engagement's values: published by a curator, else kept in the draft. The "
					+ "body is what a read answers, changed; it names the `version` it is based on in `version` "
					+ "or `If-Match`: a stale one is refused with 409 (412 for `If-Match`).")
	@PutMapping("/{id}")
	EngagementResponse update(@Parameter(description = "The engagement's id") @PathVariable String id,
			@Validated({ Default.class, OnUpdate.class }) @RequestBody EngagementRequest request) {
		return EngagementResponse.of(this.log.update(new EngagementId(id), request.version(), request.values()));
	}

	@Operation(summary = "Delete an engagement",
			description = "Deletes an engagement (curators of a party's country); 409 while a revision of it is "
					+ "open. Name the version read, as `version` or `If-Match`; without either 428.")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(description = "The engagement's id") @PathVariable String id,
			@Parameter(description = "The version the delete is based on (or If-Match)") @RequestParam(
					required = false) @Nullable Long version,
			@Parameter(description = "The version read, as an entity tag: \"3\"") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion expected = ExpectedVersion.of(version, ifMatch);
		expected.apply(v -> this.log.delete(new EngagementId(id), v));
		return ResponseEntity.noContent().build();
	}

}
