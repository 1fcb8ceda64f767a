package org.twinningregistry.gazetteer;

/** Where a government sits in its country. */
public enum GovernmentLevel {

	/**
	 * First-level: province, state, territory, prefecture, Korean metropolitan city or
	 * province.
	 */
	REGIONAL,
	/** Any government below the first level: city, county, town, district. */
	LOCAL

}
