package org.twinningregistry.gazetteer.api;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.Versioned;

/**
 * A government as the API shows it, with country and subdivision names in the request's
 * language.
 */
record GovernmentResponse(String id, String name, @Nullable String nameFr, @Nullable String nameLocal, String country,
		String countryName, String subdivision, String subdivisionName, GovernmentLevel level, @Nullable String parent,
		@Nullable Long population, @Nullable Double latitude, @Nullable Double longitude, @Nullable String wikidata,
		@Nullable Long geonames, long version) implements Versioned {

	static GovernmentResponse of(GovernmentDetails government, Gazetteer gazetteer, Locale locale) {
		GovernmentValues v = government.values();
		return new GovernmentResponse(government.id().value(), v.name(), v.nameFr(), v.nameLocal(), v.country(),
				gazetteer.countryName(v.country(), locale), v.subdivision(),
				gazetteer.subdivisionName(v.subdivision(), locale), v.level(),
				(v.parent() != null) ? v.parent().value() : null, v.population(), v.latitude(), v.longitude(),
				v.wikidata(), v.geonames(), government.version());
	}

}
