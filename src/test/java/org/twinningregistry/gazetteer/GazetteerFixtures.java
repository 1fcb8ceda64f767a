package org.twinningregistry.gazetteer;

/** Governments for tests. */
public final class GazetteerFixtures {

	private GazetteerFixtures() {
	}

	public static GovernmentValues aCity(String name, String country, String subdivision) {
		return new GovernmentValues(name, null, null, country, subdivision, GovernmentLevel.LOCAL, null, null, null,
				null, null, null);
	}

	public static GovernmentValues hwaseong() {
		return new GovernmentValues("Hwaseong", null, "화성시", "KR", "KR-41", GovernmentLevel.LOCAL, null, 950000L,
				37.1995, 126.8312, "Q42106", 1843841L);
	}

	public static GovernmentValues withParent(GovernmentValues v, GovernmentId parent) {
		return new GovernmentValues(v.name(), v.nameFr(), v.nameLocal(), v.country(), v.subdivision(), v.level(),
				parent, v.population(), v.latitude(), v.longitude(), v.wikidata(), v.geonames());
	}

}
