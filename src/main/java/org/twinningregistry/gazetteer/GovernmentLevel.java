package org.twinningregistry.gazetteer;

/** Where a government sits in its country. */
public enum GovernmentLevel {

	/**
	 * A country's own government, as the holder of a national strategy (and of nothing
	 * else the registry counts): its subdivision is its country's code, it has no parent.
	 */
	NATIONAL,
	/**
	 * First-level: province, state, territory, prefecture, Korean metropolitan city or
	 * province.
	 */
	REGIONAL,
	/** Any government below the first level: city, county, town, district. */
	LOCAL

}
