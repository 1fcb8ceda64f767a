package org.twinningregistry.gazetteer.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.gazetteer.CountryCode;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentCriteria;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.WorldGazetteer;

/**
 * The places autocomplete of curator forms (public read): the registry governments whose
 * names match, then the world-gazetteer places whose names start with the text, the most
 * populous first, leaving out places already registered.
 */
@RestController
@Tag(name = "Places",
		description = "Places by name, for choosing a party: registry governments first, then GeoNames places "
				+ "(populated places and first-level subdivisions of the world gazetteer) not yet registered.")
class PlaceApiController {

	private static final int MAX = 25;

	private final Gazetteer gazetteer;

	private final WorldGazetteer world;

	PlaceApiController(Gazetteer gazetteer, WorldGazetteer world) {
		this.gazetteer = gazetteer;
		this.world = world;
	}

	@Operation(summary = "Find places by name",
			description = "Registry governments whose names match `q`, then world-gazetteer places whose names "
					+ "start with it, the most populous first, leaving out places already registered (the "
					+ "agreement form's autocomplete). Fewer than two characters answer an empty list.")
	@GetMapping("/api/v1/places")
	List<PlaceResponse> suggest(
			@Parameter(description = "The beginning of a name, in any language or script") @RequestParam String q,
			@Parameter(description = "ISO 3166-1 alpha-2 country code to search in") @RequestParam(
					required = false) @Nullable @CountryCode String country,
			@Parameter(description = "How many suggestions, 1 to 25") @RequestParam(
					defaultValue = "10") @Min(1) @Max(MAX) int limit) {
		int size = limit;
		String code = (country != null && !country.isBlank()) ? country.strip().toUpperCase(Locale.ROOT) : null;
		if (q.strip().length() < 2) {
			return List.of();
		}
		List<GovernmentDetails> governments = this.gazetteer
			.searchDetails(new GovernmentCriteria(q, code, null, null, null), PageRequest.of(0, size, Sort.by("name")))
			.getContent();
		Set<Long> registered = governments.stream()
			.map(g -> g.values().geonames())
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		List<PlaceResponse> answer = new ArrayList<>(governments.stream().map(PlaceResponse::of).toList());
		this.world.suggest(q, code, size)
			.stream()
			.filter(place -> !registered.contains(place.geonameId()))
			.limit(Math.max(0, size - answer.size()))
			.map(PlaceResponse::of)
			.forEach(answer::add);
		return answer;
	}

}
