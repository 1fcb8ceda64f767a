package org.twinningregistry.gazetteer.api;

import java.net.URI;
import java.util.Locale;

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
@Tag(name = "Governments",
		description = "The gazetteer: sub-national governments (provinces, states, prefectures, cities, districts) "
				+ "with their names in English, French and their own script, ISO 3166 codes, coordinates and "
				+ "Wikidata and GeoNames ids. Reads are public; curators of a country change its governments.")
class GovernmentApiController {

	private final Gazetteer gazetteer;

	GovernmentApiController(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@Operation(summary = "List governments",
			description = "Governments matching every filter given, a page at a time, in the reader's language "
					+ "for country and subdivision names. `q` matches any name, ignoring case and accents. An "
					+ "unknown country, subdivision or parent is refused (400), not answered with an empty page. "
					+ "Sort by `name`, `id`, `country`, `subdivision`, `population` or `level`.")
	@GetMapping
	PagedModel<GovernmentResponse> list(
			@Parameter(description = "Text found in any of its names (English, French, local; case and accents "
					+ "ignored)") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "ISO 3166-1 alpha-2 country code, such as CA") @RequestParam(
					required = false) @Nullable @CountryCode String country,
			@Parameter(description = "ISO 3166-2 subdivision code, such as CA-BC") @RequestParam(
					required = false) @Nullable @SubdivisionCode String subdivision,
			@Parameter(description = "Level of government") @RequestParam(
					required = false) @Nullable GovernmentLevel level,
			@Parameter(description = "Id of the government they lie in") @RequestParam(
					required = false) @Nullable @ExistingGovernment String parent,
			@ParameterObject @SortDefault(sort = "name") Pageable page, Locale locale) {
		GovernmentCriteria criteria = new GovernmentCriteria(q, Text.codeOrNull(country), Text.codeOrNull(subdivision),
				level, (parent != null) ? new GovernmentId(parent.strip()) : null);
		Pageable sorted = Sorting.checked(page, "name", "id", "country", "subdivision", "population", "level");
		return new PagedModel<>(this.gazetteer.searchDetails(criteria, sorted)
			.map(g -> GovernmentResponse.of(g, this.gazetteer, locale)));
	}

	@Operation(summary = "Read a government",
			description = "One government, with its `version` (also sent as `ETag`): send this body back with a "
					+ "`PUT`, changed, to change it.")
	@GetMapping("/{id}")
	GovernmentResponse get(
			@Parameter(description = "The government's id, such as CA-BC-victoria") @PathVariable String id,
			Locale locale) {
		return GovernmentResponse.of(this.gazetteer.get(new GovernmentId(id)), this.gazetteer, locale);
	}

	@Operation(summary = "Add a government",
			description = "Adds a government to the gazetteer (any curator: of its country, or a partner government "
					+ "abroad). Without an `id`, one is made from the subdivision and the name. Answers 201 with "
					+ "its address; 422 lists every rule it breaks (unknown codes, a parent in another country, "
					+ "a taken id).")
	@PostMapping
	ResponseEntity<GovernmentResponse> create(@Validated @RequestBody GovernmentRequest request, Locale locale) {
		GovernmentId id = (request.id() != null && !request.id().isBlank()) ? new GovernmentId(request.id()) : null;
		GovernmentDetails created = this.gazetteer.register(id, request.values());
		return ResponseEntity.created(URI.create("/api/v1/governments/" + created.id().value()))
			.body(GovernmentResponse.of(created, this.gazetteer, locale));
	}

	@Operation(summary = "Change a government",
			description = "Replaces a government's values (a curator of its country). The body is what a read "
					+ "answers, changed; it names the `version` it is based on, in its `version` field or in "
					+ "`If-Match`: a stale one is refused with 409 (412 for `If-Match`).")
	@PutMapping("/{id}")
	GovernmentResponse update(@Parameter(description = "The government's id") @PathVariable String id,
			@Validated({ Default.class, OnUpdate.class }) @RequestBody GovernmentRequest request, Locale locale) {
		GovernmentDetails updated = this.gazetteer.update(new GovernmentId(id), request.version(), request.values());
		return GovernmentResponse.of(updated, this.gazetteer, locale);
	}

	@Operation(summary = "Delete a government",
			description = "Deletes a government no agreement names (a curator of its country); 409 while one "
					+ "does. Name the version read, as `version` or `If-Match`; without either 428.")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@Parameter(description = "The government's id") @PathVariable String id,
			@Parameter(description = "The version the delete is based on (or If-Match)") @RequestParam(
					required = false) @Nullable Long version,
			@Parameter(description = "The version read, as an entity tag: \"3\"") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion expected = ExpectedVersion.of(version, ifMatch);
		expected.apply(v -> this.gazetteer.delete(new GovernmentId(id), v));
		return ResponseEntity.noContent().build();
	}

}
