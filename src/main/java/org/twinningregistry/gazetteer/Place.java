package org.twinningregistry.gazetteer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A reference place of the world gazetteer: a populated place or an administrative unit
 * of GeoNames, Who's On First, Destatis or ISO 3166-2, merged so that one place is one
 * entry. Not a registry government, but what one can be made from.
 *
 * @param key the place's key in the gazetteer: {@code geonames:<id>} when GeoNames knows
 * it, else {@code wof:<id>}, {@code destatis:<key>} or {@code iso:<code>}
 * @param geonameId the GeoNames id, if known
 * @param wikidata the Wikidata item id ({@code Q…}), if known
 * @param kind populated place, first- or second-level division, municipality, district
 * @param name the name (often local, romanised)
 * @param asciiName the name in plain ASCII
 * @param alternateNames other names and romanisations in Latin script
 * @param nativeName the name in the country's own script, where it is not Latin
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2 subdivision it is filed under (first level, through the
 * crosswalk), or {@code null} where none is known
 * @param isoCode its own ISO 3166-2 code, when it is a subdivision ISO lists (KR-11,
 * GB-KEC)
 * @param admin1 the GeoNames first-level code ({@code CA.01}), or empty
 * @param parent the key of the place that contains it, if known
 * @param population inhabitants where known, else 0
 * @param latitude WGS 84 degrees, if known
 * @param longitude WGS 84 degrees, if known
 * @param sources where its facts come from: {@code geonames}, {@code wof},
 * {@code destatis}, {@code iso}
 */
public record Place(String key, @Nullable Long geonameId, @Nullable String wikidata, PlaceKind kind, String name,
		String asciiName, List<String> alternateNames, @Nullable String nativeName, String country,
		@Nullable String subdivision, @Nullable String isoCode, String admin1, @Nullable String parent, long population,
		@Nullable Double latitude, @Nullable Double longitude, List<String> sources) {

	/** The key prefix of a place GeoNames knows. */
	public static final String GEONAMES = "geonames:";

	public Place {
		alternateNames = List.copyOf(alternateNames);
		sources = List.copyOf(sources);
	}

	/** Whether it lies in an ISO 3166-2 subdivision, as a government must. */
	public boolean hasSubdivision() {
		return this.subdivision != null;
	}

	/** Whether its coordinates are known. */
	public boolean hasCoordinates() {
		return this.latitude != null && this.longitude != null;
	}

}
