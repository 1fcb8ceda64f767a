package org.twinningregistry.partnerfinder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.StrategyBook;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partner suggestions over the API, on the engine of the active profile: the Incheon
 * example (Incheon seeks economic partners in Canada, Montreal's strategy names the
 * economy: Montreal comes first of the Canadian candidates, with both reasons, in English
 * and French), gazetteer places beside registry governments, and bad parameters refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerSuggestionsApiTests {

	@Autowired
	private MockMvc mvc;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements,
			@Autowired StrategyBook strategies, @Autowired EngagementLog engagements) {
		new PartnerFinderFixtures(jdbc, gazetteer, agreements, strategies, engagements).empty()
			.government("incheon", "Incheon", "KR-28", GovernmentLevel.REGIONAL, 2_950_000L)
			.government("montreal", "Montreal", "CA-QC", GovernmentLevel.LOCAL, 1_760_000L)
			.government("toronto", "Toronto", "CA-ON", GovernmentLevel.LOCAL, 2_790_000L)
			.government("vancouver", "Vancouver", "CA-BC", GovernmentLevel.LOCAL, 660_000L)
			.government("ontario", "Ontario", "CA-ON", GovernmentLevel.REGIONAL, 15_600_000L)
			.strategy("montreal", Category.ECONOMY, Category.CULTURE)
			.request("incheon", "CA", Category.ECONOMY);
	}

	@Test
	void montrealComesFirstForIncheonWithBothReasons() throws Exception {
		this.mvc
			.perform(get("/api/v1/governments/incheon/partner-suggestions").param("country", "CA")
				.param("limit", "20")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[0].candidate.id").value("montreal"))
			.andExpect(jsonPath("$.suggestions[0].candidate.country").value("CA"))
			.andExpect(jsonPath("$.suggestions[0].candidate.subdivision").value("CA-QC"))
			.andExpect(jsonPath("$.suggestions[0].candidate.population").value(1_760_000))
			.andExpect(jsonPath("$.suggestions[0].score").value(greaterThan(0.0)))
			.andExpect(jsonPath("$.suggestions[0].reasons[*].component", hasItems("SHARED_PURPOSES", "MUTUAL_SEEKING")))
			.andExpect(jsonPath("$.suggestions[0].reasons[?(@.component == 'MUTUAL_SEEKING')].text",
					hasItems("Your request for partners seeks its country (CA) for Economy, which it names too.")))
			.andExpect(jsonPath("$.suggestions[*].candidate.country", everyItem(startsWith("CA"))))
			.andExpect(jsonPath("$.suggestions[*].candidate.id", not(hasItems("incheon"))));
	}

	@Test
	void reasonsAreInFrenchForAFrenchReader() throws Exception {
		this.mvc
			.perform(get("/api/v1/governments/incheon/partner-suggestions").param("country", "CA")
				.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[0].candidate.id").value("montreal"))
			.andExpect(jsonPath("$.suggestions[0].reasons[?(@.component == 'SHARED_PURPOSES')].text",
					hasItems("Partage 1 objectif(s) avec vous : Économie.")));
	}

	@Test
	void gazetteerPlacesOfTheCountryComeWithTheirGeonamesIdAndAPenalty() throws Exception {
		this.mvc
			.perform(
					get("/api/v1/governments/incheon/partner-suggestions").param("country", "CA").param("limit", "100"))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.suggestions[?(@.candidate.id == null)].candidate.geonameId", everyItem(greaterThan(0))))
			.andExpect(jsonPath("$.suggestions[?(@.candidate.id == null)].reasons[*].component", hasItems("PENALTY")))
			.andExpect(jsonPath("$.suggestions[?(@.candidate.id == null)].candidate.name", not(hasItems("Montréal"))));
	}

	@Test
	void unknownParametersAreRefused() throws Exception {
		this.mvc.perform(get("/api/v1/governments/incheon/partner-suggestions").param("country", "XX"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("country"));
		this.mvc.perform(get("/api/v1/governments/incheon/partner-suggestions").param("purpose", "GOLF"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purpose"));
		this.mvc.perform(get("/api/v1/governments/incheon/partner-suggestions").param("limit", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
		this.mvc.perform(get("/api/v1/governments/nowhere/partner-suggestions")).andExpect(status().isNotFound());
	}

}
