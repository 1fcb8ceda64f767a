package org.twinningregistry.gazetteer;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Completes a government's values from the world gazetteer: a government without
 * coordinates takes its place's (a province or state its capital's, or the centre of its
 * places), and one without a Wikidata id takes its place's when the place is certain
 * (found by GeoNames id or ISO code, not by name). The place is the one of the
 * government's GeoNames id, else of its Wikidata id, else (regional) the division of its
 * ISO code, else the most populous place of its name in its subdivision.
 */
@Component
class GovernmentPlaces {

	private final WorldGazetteer world;

	GovernmentPlaces(WorldGazetteer world) {
		this.world = world;
	}

	/**
	 * The values, completed where they lack coordinates or a Wikidata id; unchanged when
	 * nothing is missing or the gazetteer is not open yet (never waits for it).
	 */
	GovernmentValues completed(GovernmentValues values) {
		boolean complete = values.latitude() != null && values.wikidata() != null;
		if (complete || !this.world.ready()) {
			return values;
		}
		Optional<Place> certain = certain(values);
		Optional<Place> place = certain.or(() -> named(values));
		if (place.isEmpty()) {
			return values;
		}
		Place found = place.get();
		boolean locate = values.latitude() == null && values.longitude() == null && found.hasCoordinates();
		String wikidata = (values.wikidata() == null && certain.isPresent()) ? item(values, found) : values.wikidata();
		return new GovernmentValues(values.name(), values.nameFr(), values.nameLocal(), values.country(),
				values.subdivision(), values.level(), values.parent(), values.population(),
				locate ? found.latitude() : values.latitude(), locate ? found.longitude() : values.longitude(),
				wikidata, values.geonames());
	}

	private Optional<Place> certain(GovernmentValues values) {
		if (values.geonames() != null) {
			return this.world.place(values.geonames());
		}
		if (values.wikidata() != null) {
			return this.world.withWikidata(values.wikidata()).stream().findFirst();
		}
		if (values.level() == GovernmentLevel.REGIONAL) {
			return this.world.subdivision(values.subdivision());
		}
		return Optional.empty();
	}

	/**
	 * The place's Wikidata id; for a regional government whose place (its capital city)
	 * has none, its division's: Daejeon the metropolitan city is one item.
	 */
	private @Nullable String item(GovernmentValues values, Place place) {
		if (place.wikidata() != null || values.level() != GovernmentLevel.REGIONAL) {
			return place.wikidata();
		}
		return this.world.subdivision(values.subdivision()).map(Place::wikidata).orElse(null);
	}

	private Optional<Place> named(GovernmentValues values) {
		return this.world.named(values.name(), values.country())
			.stream()
			.filter(place -> values.subdivision().equals(place.subdivision())
					|| values.subdivision().equals(place.isoCode()))
			.filter(Place::hasCoordinates)
			.findFirst();
	}

}
