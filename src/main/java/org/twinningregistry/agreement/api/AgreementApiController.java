package org.twinningregistry.agreement.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

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
class AgreementApiController {

	private final AgreementRegistry registry;

	private final Clock clock;

	AgreementApiController(AgreementRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	@GetMapping
	PagedModel<AgreementResponse> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable @CountryCode String country,
			@RequestParam(required = false) @Nullable @CountryCode String partnerCountry,
			@RequestParam(required = false) @Nullable @SubdivisionCode String subdivision,
			@RequestParam(required = false) @Nullable @ExistingGovernment String government,
			@RequestParam(required = false) @Nullable AgreementType type,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable @Min(YearFilter.MIN) @Max(YearFilter.MAX) Integer fromYear,
			@RequestParam(required = false) @Nullable @Min(YearFilter.MIN) @Max(YearFilter.MAX) Integer toYear,
			@SortDefault(sort = { "signedOn", "id" }) Pageable page) {
		YearFilter years = new YearFilter(fromYear, toYear);
		AgreementCriteria criteria = new AgreementCriteria(q, Text.codeOrNull(country), Text.codeOrNull(partnerCountry),
				Text.codeOrNull(subdivision), (government != null) ? new GovernmentId(government.strip()) : null, type,
				status, years.from(), years.to());
		Pageable sorted = Sorting.checked(page, "signedOn", "id", "type", "status", "partyAName", "partyBName");
		LocalDate today = LocalDate.now(this.clock);
		return new PagedModel<>(this.registry.search(criteria, sorted).map(a -> AgreementResponse.of(a, today)));
	}

	@GetMapping("/{id}")
	AgreementResponse get(@PathVariable String id) {
		return AgreementResponse.of(this.registry.get(new AgreementId(id)), LocalDate.now(this.clock));
	}

	@PostMapping
	ResponseEntity<AgreementResponse> create(@Validated @RequestBody AgreementRequest request) {
		AgreementId id = (request.id() != null && !request.id().isBlank()) ? new AgreementId(request.id()) : null;
		AgreementSummary created = this.registry.register(id, request.values());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id().value()))
			.body(AgreementResponse.of(created, LocalDate.now(this.clock)));
	}

	@PutMapping("/{id}")
	AgreementResponse update(@PathVariable String id,
			@Validated({ Default.class, OnUpdate.class }) @RequestBody AgreementRequest request) {
		AgreementSummary updated = this.registry.update(new AgreementId(id), request.version(), request.values());
		return AgreementResponse.of(updated, LocalDate.now(this.clock));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion expected = ExpectedVersion.of(version, ifMatch);
		expected.apply(v -> this.registry.delete(new AgreementId(id), v));
		return ResponseEntity.noContent().build();
	}

}
