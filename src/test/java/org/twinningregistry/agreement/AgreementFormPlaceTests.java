package org.twinningregistry.agreement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GazetteerFixtures;
import org.twinningregistry.gazetteer.GovernmentId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Register this place" on the agreement form (issue 17, item 7): the world-gazetteer
 * place a party field names becomes a government of the one id scheme, and the form comes
 * back with it as the party and everything typed kept, nothing else saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementFormPlaceTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private AgreementRegistry agreements;

	@BeforeEach
	void clear(@Autowired JdbcClient jdbc) {
		RegistryDatabase.clear(jdbc);
		SystemCurator
			.call(() -> this.gazetteer.register(new GovernmentId("KR-41-hwaseong"), GazetteerFixtures.hwaseong()));
	}

	@Test
	void registersThePlaceAndKeepsWhatWasTyped() throws Exception {
		// when: Jinju picked from the autocomplete, the notes typed, then "Register this
		// place"
		this.mvc
			.perform(post("/agreements/new").param("partyA", "KR-41-hwaseong")
				.param("partyB", "geonames:1846052")
				.param("type", "FRIENDSHIP")
				.param("signed", "2011-04")
				.param("notes", "Typed before registering")
				.param("registerPlace", "partyB")
				.with(ApiTestSupport.curatorUser())
				.with(csrf()))
			// then: the form again, Jinju as a government of the one id scheme, the notes
			// kept, no agreement yet
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"KR-48-chinju\"")))
			.andExpect(content().string(containsString("Typed before registering")))
			.andExpect(content().string(containsString("value=\"2011-04\"")));
		assertThat(this.gazetteer.find(new GovernmentId("KR-48-chinju")).orElseThrow().values())
			.extracting(v -> v.geonames(), v -> v.wikidata())
			.containsExactly(1846052L, "Q42144");
		assertThat(this.agreements.count()).isZero();
	}

	@Test
	void saysSoWhenTheFieldNamesNoPlace() throws Exception {
		this.mvc
			.perform(post("/agreements/new").param("partyA", "KR-41-hwaseong")
				.param("partyB", "geonames:999999999")
				.param("type", "SISTER")
				.param("signed", "2011")
				.param("registerPlace", "partyB")
				.with(ApiTestSupport.curatorUser())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is no place of the world gazetteer")));
		assertThat(this.gazetteer.count()).isEqualTo(1);
	}

}
