package org.twinningregistry.gazetteer;

/** What kind of place a world-gazetteer place is. */
public enum PlaceKind {

	/** A province, state, region, Korean do or metropolitan city: ISO 3166-2's level. */
	FIRST_LEVEL,

	/** A county, district, Kreis, GeoNames' second-level division, an English borough. */
	SECOND_LEVEL,

	/**
	 * A municipality (kommune, Gemeinde, gmina, localadmin) that holds several places.
	 */
	MUNICIPALITY,

	/** A borough, ward or district of a city (Praha 6, Gangnam-gu, Budapest XIII). */
	CITY_DISTRICT,

	/**
	 * A city, town or village: GeoNames' populated places, Who's On First's localities.
	 */
	POPULATED_PLACE;

	/** Whether a government of it is regional rather than local. */
	public boolean regional() {
		return this == FIRST_LEVEL;
	}

	/** Whether it is an administrative unit rather than a populated place. */
	public boolean administrative() {
		return this != POPULATED_PLACE;
	}

}
