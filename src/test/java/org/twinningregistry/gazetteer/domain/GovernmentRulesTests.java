package org.twinningregistry.gazetteer.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.gazetteer.GazetteerFixtures.aCity;
import static org.twinningregistry.gazetteer.GazetteerFixtures.hwaseong;
import static org.twinningregistry.gazetteer.GazetteerFixtures.withParent;

class GovernmentRulesTests {

	private static final IsoCodeList CODES = new IsoCodeList();

	private static final GovernmentId SELF = new GovernmentId("KR-41-hwaseong");

	private static final GovernmentId GYEONGGI = new GovernmentId("KR-41");

	private static final GovernmentValues GYEONGGI_VALUES = new GovernmentValues("Gyeonggi Province", null, "경기도", "KR",
			"KR-41", GovernmentLevel.REGIONAL, null, null, null, null, null, null);

	private static List<String> check(GovernmentValues values) {
		Map<GovernmentId, GovernmentValues> known = Map.of(GYEONGGI, GYEONGGI_VALUES);
		List<Violation> violations = GovernmentRules.check(SELF, values, CODES,
				id -> Optional.ofNullable(known.get(id)));
		return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
	}

	@Test
	void acceptsAValidGovernmentInItsProvince() {
		// then
		assertThat(check(withParent(hwaseong(), GYEONGGI))).isEmpty();
	}

	@Test
	void validatesCountryAndSubdivisionAgainstTheIsoLists() {
		// then
		assertThat(check(aCity("Nowhere", "XX", "XX-01"))).containsExactly("country:rule.government.country.unknown",
				"subdivision:rule.government.subdivision.unknown");
		assertThat(check(aCity("Burnaby", "CA", "KR-41")))
			.containsExactly("subdivision:rule.government.subdivision.other-country");
		assertThat(check(aCity("Burnaby", "CA", "CA-XX")))
			.containsExactly("subdivision:rule.government.subdivision.unknown");
	}

	@Test
	void aNationalGovernmentGivesItsCountryAsSubdivisionAndHasNoParent() {
		// given
		GovernmentValues korea = new GovernmentValues("Republic of Korea", null, "대한민국", "KR", "KR",
				GovernmentLevel.NATIONAL, null, null, null, null, null, null);
		// then
		assertThat(check(korea)).isEmpty();
		assertThat(check(new GovernmentValues("Korea", null, null, "KR", "KR-41", GovernmentLevel.NATIONAL, null, null,
				null, null, null, null)))
			.containsExactly("subdivision:rule.government.national.subdivision");
		assertThat(check(withParent(korea, GYEONGGI))).containsExactly("parent:rule.government.national.parent");
		assertThat(check(new GovernmentValues("Somewhere", null, null, "KR", "KR", GovernmentLevel.LOCAL, null, null,
				null, null, null, null)))
			.containsExactly("subdivision:rule.government.subdivision.unknown");
	}

	@Test
	void parentExistsLiesInTheSameCountryAndIsNotItself() {
		// then
		assertThat(check(withParent(aCity("Burnaby", "CA", "CA-BC"), GYEONGGI)))
			.containsExactly("parent:rule.government.parent.other-country");
		assertThat(check(withParent(hwaseong(), new GovernmentId("KR-99"))))
			.containsExactly("parent:rule.government.parent.unknown");
		assertThat(check(withParent(hwaseong(), SELF))).containsExactly("parent:rule.government.parent.self");
	}

	@Test
	void coordinatesComeInPairsAndWithinRange() {
		// given
		GovernmentValues latitudeOnly = new GovernmentValues("Hwaseong", null, null, "KR", "KR-41",
				GovernmentLevel.LOCAL, null, -1L, 95.0, null, "X1", null);

		// then
		assertThat(check(latitudeOnly)).containsExactlyInAnyOrder("population:rule.not-negative",
				"longitude:rule.government.coordinates.both", "latitude:rule.range",
				"wikidata:rule.government.wikidata");
	}

	@Test
	void namesCountriesAndSubdivisionsInEnglishAndFrench() {
		// then
		assertThat(CODES.countryName("KR", java.util.Locale.ENGLISH)).isEqualTo("South Korea");
		assertThat(CODES.countryName("KR", java.util.Locale.FRENCH))
			.isEqualTo(java.util.Locale.of("", "KR").getDisplayCountry(java.util.Locale.FRENCH));
		assertThat(CODES.subdivisionName("CA-BC", java.util.Locale.FRENCH)).isEqualTo("Colombie-Britannique");
		assertThat(CODES.subdivisionName("KR-42", java.util.Locale.ENGLISH)).isEqualTo("Gangwon State");
	}

}
