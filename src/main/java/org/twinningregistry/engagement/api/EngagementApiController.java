package org.twinningregistry.engagement.api;

import java.net.URI;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.groups.Default;
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
class EngagementApiController {

	private final EngagementLog log;

	EngagementApiController(EngagementLog log) {
		this.log = log;
	}

	@GetMapping
	PagedModel<EngagementResponse> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable @ExistingAgreement String agreement,
			@RequestParam(required = false) @Nullable @ExistingGovernment String government,
			@RequestParam(required = false) @Nullable @CountryCode String country,
			@RequestParam(required = false) @Nullable @CountryCode String partnerCountry,
			@RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable EngagementForm form,
			@RequestParam(required = false) @Nullable @Min(YearFilter.MIN) @Max(YearFilter.MAX) Integer fromYear,
			@RequestParam(required = false) @Nullable @Min(YearFilter.MIN) @Max(YearFilter.MAX) Integer toYear,
			@SortDefault(sort = { "year", "id" }) Pageable page) {
		YearFilter years = new YearFilter(fromYear, toYear);
		EngagementCriteria criteria = new EngagementCriteria(q,
				(agreement != null) ? new AgreementId(agreement.strip()) : null,
				(government != null) ? new GovernmentId(government.strip()) : null, Text.codeOrNull(country),
				Text.codeOrNull(partnerCountry), category, form, years.from(), years.to());
		Pageable sorted = Sorting.checked(page, "year", "id", "category", "title");
		return new PagedModel<>(this.log.search(criteria, sorted).map(EngagementResponse::of));
	}

	@GetMapping("/{id}")
	EngagementResponse get(@PathVariable String id) {
		return EngagementResponse.of(this.log.get(new EngagementId(id)));
	}

	@PostMapping
	ResponseEntity<EngagementResponse> create(@Validated @RequestBody EngagementRequest request) {
		EngagementId id = (request.id() != null && !request.id().isBlank()) ? new EngagementId(request.id()) : null;
		EngagementSummary created = this.log.record(id, request.values());
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + created.id().value()))
			.body(EngagementResponse.of(created));
	}

	@PutMapping("/{id}")
	EngagementResponse update(@PathVariable String id,
			@Validated({ Default.class, OnUpdate.class }) @RequestBody EngagementRequest request) {
		return EngagementResponse.of(this.log.update(new EngagementId(id), request.version(), request.values()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion expected = ExpectedVersion.of(version, ifMatch);
		expected.apply(v -> this.log.delete(new EngagementId(id), v));
		return ResponseEntity.noContent().build();
	}

}
