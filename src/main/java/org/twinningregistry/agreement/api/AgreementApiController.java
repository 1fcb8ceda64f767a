package org.twinningregistry.agreement.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

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
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.gazetteer.CountryCode;
import org.twinningregistry.gazetteer.ExistingGovernment;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.SubdivisionCode;
import org.twinningregistry.shared.ExpectedVersion;
import org.twinningregistry.shared.OnUpdate;
import org.twinningregistry.shared.Sorting;
import org.twinningregistry.shared.Text;
import org.twinningregistry.shared.YearFilter;

/** {@code /api/v1/agreements}: twinning agreements over HTTP. */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements",
		description = "Twinning agreements (sister, friendship, cooperation) between two governments, with their "
				+ "lifecycle: signed, renewed, suspended, ended, superseded. Reads show published agreements; a "
				+ "curator of a party's country publishes directly, a reporter's write is a draft to review "
				+ "(see Workflow).")
class AgreementApiController {

	private final AgreementRegistry registry;

	private final Clock clock;

	AgreementApiController(AgreementRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	@Operation(summary = "List agreements",
			description = "Published agreements matching every filter given, a page at a time, each saying whether "
					+ "it is current today. An unknown country, subdivision or government, or a year out of "
					+ "range, is refused (400). Sort by `signedOn`, `id`, `type`, `status`, `partyAName` or "
					+ "`partyBName`.")
	@GetMapping
	PagedModel<AgreementResponse> list(
			@Parameter(description = "Text found in a party's name or the agreement's notes") @RequestParam(
					required = false) @Nullable String q,
			@Parameter(description = "ISO 3166-1 country code of one party, such as CA") @RequestParam(
					required = false) @Nullable @CountryCode String country,
			@Parameter(
					description = "ISO 3166-1 country code of the other party (with country), such as KR") @RequestParam(
							required = false) @Nullable @CountryCode String partnerCountry,
			@Parameter(description = "ISO 3166-2 subdivision code of one party, such as CA-BC") @RequestParam(
					required = false) @Nullable @SubdivisionCode String subdivision,
			@Parameter(description = "Id of one party") @RequestParam(
					required = false) @Nullable @ExistingGovernment String government,
			@Parameter(description = "Kind of agreement") @RequestParam(required = false) @Nullable AgreementType type,
			@Parameter(description = "Status recorded") @RequestParam(
					required = false) @Nullable AgreementStatus status,
			@Parameter(description = "Signed in this year or later (1000 to 9999)") @RequestParam(
					required = false) @Nullable @Min(YearFilter.MIN) @Max(YearFilter.MAX) Integer fromYear,
			@Parameter(
					description = "Signed in this year or earlier (1000 to 9999, not before fromYear)") @RequestParam(
							required = false) @Nullable @Min(YearFilter.MIN) @Max(YearFilter.MAX) Integer toYear,
			@ParameterObject @SortDefault(sort = { "signedOn", "id" }) Pageable page) {
		YearFilter years = new YearFilter(fromYear, toYear);
		AgreementCriteria criteria = new AgreementCriteria(q, Text.codeOrNull(country), Text.codeOrNull(partnerCountry),
				Text.codeOrNull(subdivision), (government != null) ? new GovernmentId(government.strip()) : null, type,
				status, years.from(), years.to());
		Pageable sorted = Sorting.checked(page, "signedOn", "id", "type", "status", "partyAName", "partyBName");
		LocalDate today = LocalDate.now(this.clock);
		return new PagedModel<>(this.registry.search(criteria, sorted).map(a -> AgreementResponse.of(a, today)));
	}

	@Operation(summary = "Read an agreement",
			description = "One published agreement, its parties as objects, its `version` also sent as `ETag`: "
					+ "send this body back with a `PUT`, changed, to change it (the parties as these objects or "
					+ "as their ids).")
	@GetMapping("/{id}")
	AgreementResponse get(@Parameter(description = "The agreement's id") @PathVariable String id) {
		return AgreementResponse.of(this.registry.get(new AgreementId(id)), LocalDate.now(this.clock));
	}

	@Operation(summary = "Record an agreement",
			description = "Records an agreement between two governments of the registry. A curator of a party's "
					+ "country publishes it (201); a reporter or reviewer of a party files a draft (201, "
					+ "`workflowState` DRAFT) to submit for review. 422 lists every rule it breaks.")
	@PostMapping
	ResponseEntity<AgreementResponse> create(@Validated @RequestBody AgreementRequest request) {
		AgreementId id = (request.id() != null && !request.id().isBlank()) ? new AgreementId(request.id()) : null;
		AgreementSummary created = this.registry.register(id, request.values());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id().value()))
			.body(AgreementResponse.of(created, LocalDate.now(this.clock)));
	}

	@Operation(summary = "Change an agreement",
			description = "Replaces an agreement's values: published by a curator, else kept in the draft beside "
					+ "the published agreement. The body is what a read answers, changed; it names the `version` "
					+ "it is based on (the open revision's, if there is one) in `version` or `If-Match`: a stale "
					+ "one is refused with 409 (412 for `If-Match`).")
	@PutMapping("/{id}")
	AgreementResponse update(@Parameter(description = "The agreement's id") @PathVariable String id,
			@Validated({ Default.class, OnUpdate.class }) @RequestBody AgreementRequest request) {
		AgreementSummary updated = this.registry.update(new AgreementId(id), request.version(), request.values());
		return AgreementResponse.of(updated, LocalDate.now(this.clock));
	}

	@Operation(summary = "Delete an agreement",
			description = "Deletes an agreement no engagement refers to (curators of a party's country); 409 while "
					+ "one does or a revision is open. Name the version read, as `version` or `If-Match`; "
					+ "without either 428.")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(description = "The agreement's id") @PathVariable String id,
			@Parameter(description = "The version the delete is based on (or If-Match)") @RequestParam(
					required = false) @Nullable Long version,
			@Parameter(description = "The version read, as an entity tag: \"3\"") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion expected = ExpectedVersion.of(version, ifMatch);
		expected.apply(v -> this.registry.delete(new AgreementId(id), v));
		return ResponseEntity.noContent().build();
	}

}
