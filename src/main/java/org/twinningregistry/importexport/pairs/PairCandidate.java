package org.twinningregistry.importexport.pairs;

import org.jspecify.annotations.Nullable;

/**
 * A place a name of a pairs list may mean: a registry government, or a place of the world
 * gazetteer that committing would make one of.
 *
 * @param key {@code government:<id>}, or the world-gazetteer place's key
 * ({@code geonames:<id>}, {@code wof:<id>}, {@code destatis:<key>}, {@code iso:<code>}):
 * what a curator's choice names
 * @param government the registry government's id, if it is one
 * @param geonameId the GeoNames id, if known
 * @param name its name
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2, if known
 * @param population inhabitants, if known
 * @param score how well it matches the name, 0–1
 * @param latitude WGS 84 degrees, if known
 * @param longitude WGS 84 degrees, if known
 * @param wikidata its Wikidata item id, if known
 * @param kind the kind of world-gazetteer place ({@code POPULATED_PLACE},
 * {@code MUNICIPALITY}…), {@code null} for a registry government
 */
public record PairCandidate(String key, @Nullable String government, @Nullable Long geonameId, String name,
		String country, @Nullable String subdivision, @Nullable Long population, double score,
		@Nullable Double latitude, @Nullable Double longitude, @Nullable String wikidata, @Nullable String kind) {

	public static final String GOVERNMENT = "government:";

	/** The same candidate scored anew. */
	public PairCandidate scored(double newScore) {
		return new PairCandidate(this.key, this.government, this.geonameId, this.name, this.country, this.subdivision,
				this.population, newScore, this.latitude, this.longitude, this.wikidata, this.kind);
	}

	/**
	 * Whether it is a place a list is likely to mean rather than a hamlet of the same
	 * name: a registry government, a place with a Wikidata item or a thousand people or
	 * more, or an administrative unit.
	 */
	boolean notable() {
		return this.government != null || this.wikidata != null || size() >= 1000
				|| (this.kind != null && !"POPULATED_PLACE".equals(this.kind));
	}

	/**
	 * Whether both points lie within {@code km} of each other; without a point, whether
	 * both are filed under the same subdivision, or one under none.
	 */
	boolean near(PairCandidate other, double km) {
		if (this.latitude == null || this.longitude == null || other.latitude == null || other.longitude == null) {
			return this.subdivision == null || other.subdivision == null || this.subdivision.equals(other.subdivision);
		}
		return org.twinningregistry.gazetteer.PlaceDistance.km(this.latitude, this.longitude, other.latitude,
				other.longitude) <= km;
	}

	/** Inhabitants, 0 when unknown. */
	public long size() {
		return (this.population != null) ? this.population : 0;
	}

}
