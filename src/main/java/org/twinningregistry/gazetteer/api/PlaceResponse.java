package org.twinningregistry.gazetteer.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.Place;

/**
 * A suggestion of the places autocomplete: a registry government or a world-gazetteer
 * place.
 *
 * @param kind {@code government} or {@code place}
 * @param id the government's id; for a place, its key in the world gazetteer
 * ({@code geonames:1843863}), which the agreement form's "Register this place" takes
 * @param geonameId the GeoNames id, if known
 * @param name its name
 * @param otherNames French and local names, or a few alternate names of a place
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2, if known
 * @param population inhabitants, if known
 * @param registered whether it is a registry government already
 */
record PlaceResponse(String kind, String id, @Nullable String geonameId, String name, List<String> otherNames,
		String country, @Nullable String subdivision, @Nullable Long population, boolean registered) {

	private static final int NAMES = 5;

	static PlaceResponse of(GovernmentDetails government) {
		var v = government.values();
		List<String> others = java.util.stream.Stream.of(v.nameFr(), v.nameLocal())
			.filter(java.util.Objects::nonNull)
			.toList();
		return new PlaceResponse("government", government.id().value(),
				(v.geonames() != null) ? v.geonames().toString() : null, v.name(), others, v.country(), v.subdivision(),
				v.population(), true);
	}

	static PlaceResponse of(Place place) {
		return new PlaceResponse("place", place.key(),
				(place.geonameId() != null) ? String.valueOf(place.geonameId()) : null, place.name(),
				place.alternateNames().stream().limit(NAMES).toList(), place.country(), place.subdivision(),
				place.population(), false);
	}

}
