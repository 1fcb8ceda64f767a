package org.twinningregistry.importexport.pairs;

import org.jspecify.annotations.Nullable;

/**
 * A place a name of a pairs list may mean: a registry government, or a place of the world
 * gazetteer that committing would make one of.
 *
 * @param key {@code government:<id>} or {@code geonames:<id>}, what a curator's choice
 * names
 * @param government the registry government's id, if it is one
 * @param geonameId the GeoNames id, if known
 * @param name its name
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2, if known
 * @param population inhabitants, if known
 * @param score how well it matches the name, 0–1
 */
public record PairCandidate(String key, @Nullable String government, @Nullable Long geonameId, String name,
		String country, @Nullable String subdivision, @Nullable Long population, double score) {

	public static final String GOVERNMENT = "government:";

	public static final String GEONAMES = "geonames:";

	/** The same candidate scored anew. */
	public PairCandidate scored(double newScore) {
		return new PairCandidate(this.key, this.government, this.geonameId, this.name, this.country, this.subdivision,
				this.population, newScore);
	}

	/** Inhabitants, 0 when unknown. */
	public long size() {
		return (this.population != null) ? this.population : 0;
	}

}
