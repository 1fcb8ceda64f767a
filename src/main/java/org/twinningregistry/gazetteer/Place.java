package org.twinningregistry.gazetteer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A reference place of the world gazetteer (GeoNames, places of 500 people or more and
 * first-level seats): not a registry government, but what one can be made from.
 *
 * @param geonameId the GeoNames id
 * @param name the GeoNames name (often local, romanised)
 * @param asciiName the name in plain ASCII
 * @param alternateNames other names and romanisations in Latin script
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2 first-level subdivision, through the crosswalk, or
 * {@code null} where the crosswalk has no code for its GeoNames first-level code
 * @param admin1 the GeoNames first-level code, {@code CA.01}
 * @param population inhabitants as GeoNames counts them
 * @param latitude WGS 84 degrees
 * @param longitude WGS 84 degrees
 */
public record Place(long geonameId, String name, String asciiName, List<String> alternateNames, String country,
		@Nullable String subdivision, String admin1, long population, double latitude, double longitude) {

	public Place {
		alternateNames = List.copyOf(alternateNames);
	}

	/** Whether it lies in an ISO 3166-2 subdivision, as a government must. */
	public boolean hasSubdivision() {
		return this.subdivision != null;
	}

}
