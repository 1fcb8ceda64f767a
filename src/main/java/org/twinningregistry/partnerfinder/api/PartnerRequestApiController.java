package org.twinningregistry.partnerfinder.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.data.web.SortDefault;
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
import org.twinningregistry.gazetteer.CountryCode;
import org.twinningregistry.partnerfinder.PartnerRequestId;
import org.twinningregistry.partnerfinder.PartnerRequestSummary;
import org.twinningregistry.partnerfinder.SeekingCriteria;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.ExpectedVersion;
import org.twinningregistry.shared.Sorting;
import org.twinningregistry.shared.Text;

/**
 * {@code /api/v1/partner-requests}: the seeking list over HTTP. A request's review
 * ({@code /api/v1/partner-requests/{id}/submit}, {@code …/approve}, {@code …/history}, …)
 * is the workflow's.
 */
@RestController
@RequestMapping("/api/v1/partner-requests")
@Tag(name = "Seeking list",
		description = "Governments seeking partners: the countries, purposes, size and level of partner they seek, "
				+ "a description, the office to contact and the day the request expires. Reads show published "
				+ "requests; a curator of the government's country publishes directly, a reporter's write is a "
				+ "draft to review (see Workflow).")
class PartnerRequestApiController {

	private final SeekingList list;

	PartnerRequestApiController(SeekingList list) {
		this.list = list;
	}

	@Operation(summary = "The seeking list",
			description = "Published requests that have not expired (a request stays on the list through its "
					+ "'expires' day), matching every filter given, the last modified first, a page at a time. "
					+ "An unknown country or purpose is refused (400). Sort by `modified`, `expires` or `id`.")
	@GetMapping
	PagedModel<PartnerRequestResponse> list(
			@Parameter(description = "ISO 3166-1 country code of the requesting government, such as KR") @RequestParam(
					required = false) @Nullable @CountryCode String country,
			@Parameter(description = "ISO 3166-1 country code of a country sought, such as CA: requests naming it "
					+ "and those seeking partners anywhere") @RequestParam(
							required = false) @Nullable @CountryCode String seekingCountry,
			@Parameter(description = "A purpose the request names (a category code)") @RequestParam(
					required = false) @Nullable Category purpose,
			@ParameterObject @SortDefault(sort = "modified", direction = Sort.Direction.DESC) Pageable page) {
		SeekingCriteria criteria = new SeekingCriteria(Text.codeOrNull(country), Text.codeOrNull(seekingCountry),
				purpose);
		Pageable sorted = Sorting.checked(page, "modified", "expires", "id");
		return new PagedModel<>(this.list.search(criteria, sorted).map(PartnerRequestResponse::of));
	}

	@Operation(summary = "File a partner request",
			description = "A government says it seeks partners; the registry gives the request its id "
					+ "(PR-<government>-<n>). A curator of the government's country publishes at once; a reporter "
					+ "of the government (or a reviewer of its subdivision) files a draft, answered with its "
					+ "workflowState, which a reviewer approves at /api/v1/partner-requests/{id}/approve. "
					+ "'expires' must lie after today.")
	@PostMapping
	ResponseEntity<PartnerRequestResponse> create(@Validated @RequestBody PartnerRequestRequest request) {
		PartnerRequestSummary created = this.list.create(request.values());
		return ResponseEntity.created(URI.create("/api/v1/partner-requests/" + created.id().value()))
			.body(PartnerRequestResponse.of(created));
	}

	@Operation(summary = "Read a partner request",
			description = "One published request, its `version` also sent as `ETag`. An expired request is still "
					+ "answered, with 'expired' true, though it is off the list; drafts are seen at "
					+ "/api/v1/partner-requests/{id}/revision.")
	@GetMapping("/{id}")
	PartnerRequestResponse get(@Parameter(description = "The request's id") @PathVariable String id) {
		return PartnerRequestResponse.of(this.list.get(new PartnerRequestId(id)));
	}

	@Operation(summary = "Replace a partner request",
			description = "Replaces its values (its government stays); 'version' (or If-Match) is the open "
					+ "revision's when the caller works on one, else the published request's. Published at once "
					+ "for a curator, a draft for a reporter. 'expires' must lie after today.")
	@PutMapping("/{id}")
	PartnerRequestResponse update(@Parameter(description = "The request's id") @PathVariable String id,
			@Validated @RequestBody PartnerRequestRequest request) {
		if (request.version() == null) {
			throw new BadRequestException("version", "error.version.missing");
		}
		return PartnerRequestResponse
			.of(this.list.update(new PartnerRequestId(id), request.version(), request.values()));
	}

	@Operation(summary = "Delete a partner request",
			description = "Curators of the government's country only, naming the version read (?version= or "
					+ "If-Match); refused while a revision of it is open.")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(description = "The request's id") @PathVariable String id,
			@Parameter(description = "The version the delete is based on") @RequestParam(
					required = false) @Nullable Long version,
			@Parameter(description = "The version read, as an entity tag: \"3\"") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion.of(version, ifMatch).apply(v -> this.list.delete(new PartnerRequestId(id), v));
		return ResponseEntity.noContent().build();
	}

}
