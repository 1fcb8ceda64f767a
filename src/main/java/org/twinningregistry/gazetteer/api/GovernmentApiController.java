package org.twinningregistry.gazetteer.api;

import java.net.URI;
import java.util.Locale;

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
import org.twinningregistry.gazetteer.CountryCode;
import org.twinningregistry.gazetteer.ExistingGovernment;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentCriteria;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.SubdivisionCode;
import org.twinningregistry.shared.ExpectedVersion;
import org.twinningregistry.shared.OnUpdate;
import org.twinningregistry.shared.Sorting;
import org.twinningregistry.shared.Text;

/** {@code /api/v1/governments}: the gazetteer over HTTP. */
@RestController
@RequestMapping("/api/v1/governments")
class GovernmentApiController {

	private final Gazetteer gazetteer;

	GovernmentApiController(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@GetMapping
	PagedModel<GovernmentResponse> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable @CountryCode String country,
			@RequestParam(required = false) @Nullable @SubdivisionCode String subdivision,
			@RequestParam(required = false) @Nullable GovernmentLevel level,
			@RequestParam(required = false) @Nullable @ExistingGovernment String parent,
			@SortDefault(sort = "name") Pageable page, Locale locale) {
		GovernmentCriteria criteria = new GovernmentCriteria(q, Text.codeOrNull(country), Text.codeOrNull(subdivision),
				level, (parent != null) ? new GovernmentId(parent.strip()) : null);
		Pageable sorted = Sorting.checked(page, "name", "id", "country", "subdivision", "population", "level");
		return new PagedModel<>(this.gazetteer.searchDetails(criteria, sorted)
			.map(g -> GovernmentResponse.of(g, this.gazetteer, locale)));
	}

	@GetMapping("/{id}")
	GovernmentResponse get(@PathVariable String id, Locale locale) {
		return GovernmentResponse.of(this.gazetteer.get(new GovernmentId(id)), this.gazetteer, locale);
	}

	@PostMapping
	ResponseEntity<GovernmentResponse> create(@Validated @RequestBody GovernmentRequest request, Locale locale) {
		GovernmentId id = (request.id() != null && !request.id().isBlank()) ? new GovernmentId(request.id()) : null;
		GovernmentDetails created = this.gazetteer.register(id, request.values());
		return ResponseEntity.created(URI.create("/api/v1/governments/" + created.id().value()))
			.body(GovernmentResponse.of(created, this.gazetteer, locale));
	}

	@PutMapping("/{id}")
	GovernmentResponse update(@PathVariable String id,
			@Validated({ Default.class, OnUpdate.class }) @RequestBody GovernmentRequest request, Locale locale) {
		GovernmentDetails updated = this.gazetteer.update(new GovernmentId(id), request.version(), request.values());
		return GovernmentResponse.of(updated, this.gazetteer, locale);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion expected = ExpectedVersion.of(version, ifMatch);
		expected.apply(v -> this.gazetteer.delete(new GovernmentId(id), v));
		return ResponseEntity.noContent().build();
	}

}
