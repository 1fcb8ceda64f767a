package org.twinningregistry.gazetteer;

import org.twinningregistry.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The places autocomplete, the government form prefilled from a place, the about page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorldPlacesApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void suggestsRegistryGovernmentsFirstThenWorldPlaces() throws Exception {
		// given
		SystemCurator
			.call(() -> this.gazetteer.register(new GovernmentId("KR-41-hwaseong"), GazetteerFixtures.hwaseong()));
		// when / then: public, no credentials
		this.mvc.perform(get("/api/v1/places").param("q", "hwas").param("country", "kr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("government"))
			.andExpect(jsonPath("$[0].id").value("KR-41-hwaseong"))
			.andExpect(jsonPath("$[1].kind").value("place"))
			.andExpect(jsonPath("$[1].id").value("geonames:1843847"))
			.andExpect(jsonPath("$[1].subdivision").value("KR-41"))
			.andExpect(jsonPath("$[1].registered").value(false));
		this.mvc.perform(get("/api/v1/places").param("q", "chinju"))
			.andExpect(jsonPath("$[0].geonameId").value("1846052"))
			.andExpect(jsonPath("$[0].subdivision").value("KR-48"))
			.andExpect(jsonPath("$[0].population").value(307242));
	}

	@Test
	void prefillsTheGovernmentFormFromAPlace() throws Exception {
		this.mvc.perform(get("/governments/new").param("geonames", "1846052").with(ApiTestSupport.curatorUser()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("geonames-1846052"))))
			.andExpect(content().string(containsString("value=\"Chinju\"")))
			.andExpect(content().string(containsString("value=\"Q42144\"")))
			.andExpect(content().string(containsString("value=\"307242\"")));
	}

	@Test
	void namesGeoNamesAndIsoCodesOnTheAboutPage() throws Exception {
		this.mvc.perform(get("/about"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GeoNames, geonames.org")))
			.andExpect(content().string(containsString("LGPL-2.1-or-later")))
			.andExpect(content().string(containsString("Data from Who’s On First")))
			.andExpect(content().string(containsString("dl-de/by-2-0")));
	}

}
