package org.twinningregistry.gazetteer.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GazetteerFixtures;
import org.twinningregistry.gazetteer.GovernmentCriteria;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.WorldGazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The places autocomplete's request and answer: registry governments first, then world
 * places that no listed government already registers, the query and country as sent
 * cleaned, the size capped. Security is the whole application's
 * ({@code AuthorizationMatrixTests}), so the slice leaves the filters out.
 */
@WebMvcTest(PlaceApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class PlaceApiControllerTests {

	private static final Place HWASEONG = place(1843847, "Hwaseong", 950_000);

	private static final Place HWASUN = place(1843863, "Hwasun", 66_000);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Gazetteer gazetteer;

	@MockitoBean
	private WorldGazetteer world;

	@Test
	void answersGovernmentsFirstThenPlacesNotYetRegistered() {
		// given: the registry lists Hwaseong, registered from GeoNames place 1843847
		GovernmentDetails registered = new GovernmentDetails(new GovernmentId("KR-41-hwaseong"),
				GazetteerFixtures.hwaseong(), 0);
		given(this.gazetteer.searchDetails(new GovernmentCriteria("hwas", "KR", null, null, null),
				PageRequest.of(0, 10, Sort.by("name"))))
			.willReturn(new PageImpl<>(List.of(registered)));
		given(this.world.suggest("hwas", "KR", 10)).willReturn(List.of(place(1843841, "Hwaseong", 950_000), HWASUN));

		// when / then
		assertThat(this.mvc.get().uri("/api/v1/places").param("q", "hwas").param("country", " kr ")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					[ { "kind": "government", "id": "KR-41-hwaseong", "geonameId": "1843841", "registered": true },
					  { "kind": "place", "id": "geonames:1843863", "geonameId": "1843863", "name": "Hwasun",
					    "country": "KR", "subdivision": "KR-46", "population": 66000, "registered": false } ]
					""");
	}

	@Test
	void capsTheSizeAndFillsItWithPlaces() {
		// given
		given(this.gazetteer.searchDetails(any(), any())).willReturn(new PageImpl<>(List.of()));
		given(this.world.suggest("hwa", null, 25)).willReturn(List.of(HWASEONG, HWASUN));

		// when / then
		assertThat(this.mvc.get().uri("/api/v1/places").param("q", "hwa").param("limit", "1000")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly("geonames:1843847", "geonames:1843863");
		then(this.gazetteer).should()
			.searchDetails(new GovernmentCriteria("hwa", null, null, null, null),
					PageRequest.of(0, 25, Sort.by("name")));
	}

	@Test
	void answersNothingToAQueryOfOneLetter() {
		// when / then
		assertThat(this.mvc.get().uri("/api/v1/places").param("q", " h ")).hasStatusOk().bodyJson().isEqualTo("[]");
		then(this.gazetteer).should(never()).searchDetails(any(), any());
		then(this.world).should(never()).suggest(any(), any(), anyInt());
	}

	private static Place place(long id, String name, long population) {
		return new Place(Place.GEONAMES + id, id, null, PlaceKind.POPULATED_PLACE, name, name, List.of(), null, "KR",
				(population > 100_000) ? "KR-41" : "KR-46", null, "KR.13", null, population, 37.2, 126.8,
				List.of("geonames"));
	}

}
