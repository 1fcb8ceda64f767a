package org.twinningregistry.gazetteer.domain;

import org.twinningregistry.gazetteer.Place;

/** The keys places get in the gazetteer, by source. */
final class PlaceRecordKeys {

	private PlaceRecordKeys() {
	}

	static String geonames(String id) {
		return Place.GEONAMES + id;
	}

}
