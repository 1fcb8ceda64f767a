package org.twinningregistry.strategy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.reporting.SettableClock;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;
import static org.twinningregistry.strategy.StrategyFixtures.reporterOf;
import static org.twinningregistry.strategy.StrategyFixtures.reviewerOf;

/**
 * A government's strategy over the API, on the engine of the active profile: a curator's
 * is published at once, a reporter's is a draft the public does not see until a reviewer
 * of the jurisdiction approves it, every step is in its history, and bad values are
 * refused field by field.
 */
@SpringBootTest
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
class StrategyApiTests {

	private static final String BC_STRATEGY = """
			{"purposes":["POLICY","ECONOMY"],
			 "statement":{"en":"Policy exchange and trade with Asia-Pacific partners.",
			              "fr":"Échanges de politiques et commerce avec l'Asie-Pacifique."},
			 "preferredCountries":["KR","JP"],
			 "office":{"name":"Intergovernmental Relations Secretariat","email":"irs@gov.bc.ca",
			           "url":"https://www2.gov.bc.ca/irs"},
			 "adopted":"2023-04-01","reviewBy":"2026-03-31"}
			""";

	private static final String BURNABY_STRATEGY = """
			{"purposes":["YOUTH","CULTURE"],"statement":{"en":"Young people first.","ko":"청소년 우선"}}
			""";

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements) {
		StrategyFixtures.build(jdbc, gazetteer, agreements);
	}

	@Test
	void aCuratorsStrategyIsPublishedAtOnceWithItsHistory() throws Exception {
		// when
		send(put("/api/v1/governments/CA-BC/strategy"), curator(), BC_STRATEGY).andExpect(status().isOk())
			.andExpect(jsonPath("$.workflowState").value(nullValue()))
			.andExpect(jsonPath("$.version").value(0));

		// then
		this.mvc.perform(get("/api/v1/governments/CA-BC/strategy"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.government").value("CA-BC"))
			.andExpect(jsonPath("$.purposes", contains("POLICY", "ECONOMY")))
			.andExpect(jsonPath("$.statement.fr").value("Échanges de politiques et commerce avec l'Asie-Pacifique."))
			.andExpect(jsonPath("$.preferredCountries", contains("KR", "JP")))
			.andExpect(jsonPath("$.office.email").value("irs@gov.bc.ca"))
			.andExpect(jsonPath("$.adopted").value("2023-04-01"))
			.andExpect(jsonPath("$.reviewBy").value("2026-03-31"));
		this.mvc.perform(get("/api/v1/strategies/CA-BC/history"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action", contains("CREATED")));
	}

	@Test
	void aReportersStrategyStaysADraftUntilAReviewerOfTheProvinceApprovesIt() throws Exception {
		// when
		send(put("/api/v1/governments/CA-BC-burnaby/strategy"), reporterOf(StrategyFixtures.BURNABY), BURNABY_STRATEGY)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workflowState").value("DRAFT"))
			.andExpect(jsonPath("$.statement.ko").value("청소년 우선"));

		// then the public sees nothing; the reporter sees the draft
		this.mvc.perform(get("/api/v1/governments/CA-BC-burnaby/strategy")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/strategies/CA-BC-burnaby/revision")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/strategies/CA-BC-burnaby/revision").with(reporterOf(StrategyFixtures.BURNABY)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.strategy.purposes", contains("YOUTH", "CULTURE")));

		// when submitted: a reviewer of another province may not approve, BC's may
		this.mvc.perform(post("/api/v1/strategies/CA-BC-burnaby/submit").with(reporterOf(StrategyFixtures.BURNABY)))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/strategies/CA-BC-burnaby/approve").with(reviewerOf("CA-ON")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/strategies/CA-BC-burnaby/approve").with(reviewerOf("CA-BC")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.purposes", contains("YOUTH", "CULTURE")));

		// then
		this.mvc.perform(get("/api/v1/governments/CA-BC-burnaby/strategy"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statement.en").value("Young people first."));
		this.mvc.perform(get("/api/v1/strategies/CA-BC-burnaby/history").with(reporterOf(StrategyFixtures.BURNABY)))
			.andExpect(jsonPath("$[*].action", contains("DRAFTED", "SUBMITTED", "APPROVED")));
	}

	@Test
	void aReporterOfAnotherGovernmentMayNotWriteIt() throws Exception {
		send(put("/api/v1/governments/CA-BC-burnaby/strategy"), reporterOf(StrategyFixtures.VANCOUVER),
				BURNABY_STRATEGY)
			.andExpect(status().isForbidden());
		send(put("/api/v1/governments/CA-BC-burnaby/strategy"), null, BURNABY_STRATEGY)
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesBadValuesFieldByField() throws Exception {
		// when
		send(put("/api/v1/governments/CA-BC/strategy"), curator(), """
				{"purposes":["POLICY","POLICY"],"preferredCountries":["XX"],
				 "office":{"name":"Office","email":"not-an-address","url":"ftp://x"},
				 "adopted":"2024-01-01","reviewBy":"2023-01-01"}
				""")
			// then
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("purposes", "preferredCountries", "office.email", "office.url", "reviewBy")));
		send(put("/api/v1/governments/CA-BC/strategy"), curator(), "{\"purposes\":[]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purposes"));
		send(put("/api/v1/governments/CA-BC/strategy"), curator(),
				"{\"purposes\":[\"POLICY\"],\"statement\":{\"ko\":\"하나\",\"ja\":\"二\"}}")
			.andExpect(status().isBadRequest());
		send(put("/api/v1/governments/nowhere/strategy"), curator(), BC_STRATEGY).andExpect(status().isNotFound());
	}

	@Test
	void aChangeNamesTheVersionItIsBasedOn() throws Exception {
		// given
		send(put("/api/v1/governments/CA-BC/strategy"), curator(), BC_STRATEGY).andExpect(status().isOk());
		// when / then
		send(put("/api/v1/governments/CA-BC/strategy"), curator(), "{\"purposes\":[\"ECONOMY\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].code").value("error.version.missing"));
		send(put("/api/v1/governments/CA-BC/strategy"), curator(), "{\"purposes\":[\"ECONOMY\"],\"version\":7}")
			.andExpect(status().isConflict());
		send(put("/api/v1/governments/CA-BC/strategy"), curator(), "{\"purposes\":[\"ECONOMY\"],\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.purposes", contains("ECONOMY")))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(get("/api/v1/strategies/CA-BC/history"))
			.andExpect(jsonPath("$[*].action", contains("CREATED", "UPDATED")));
	}

	@Test
	void aCitySeesItsProvincesAndItsCountrysStrategiesBesideItsOwn() throws Exception {
		// given
		send(put("/api/v1/governments/CA-BC/strategy"), curator(), BC_STRATEGY).andExpect(status().isOk());
		send(put("/api/v1/governments/CA-national/strategy"), curator(), "{\"purposes\":[\"ECONOMY\",\"EDUCATION\"]}")
			.andExpect(status().isOk());
		// when / then
		this.mvc.perform(get("/api/v1/governments/CA-BC-burnaby/strategies"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].tier", contains("OWN", "PROVINCE", "COUNTRY")))
			.andExpect(jsonPath("$[*].government", contains("CA-BC-burnaby", "CA-BC", "CA-national")))
			.andExpect(jsonPath("$[0].strategy").value(nullValue()))
			.andExpect(jsonPath("$[1].strategy.purposes", contains("POLICY", "ECONOMY")))
			.andExpect(jsonPath("$[2].strategy.purposes", contains("ECONOMY", "EDUCATION")));
		this.mvc.perform(get("/api/v1/governments/CA-BC/strategies"))
			.andExpect(jsonPath("$[*].tier", contains("OWN", "COUNTRY")));
	}

	@Test
	void aGovernmentWithADraftStrategyIsNotDeleted() throws Exception {
		// given
		send(put("/api/v1/governments/CA-ON-toronto/strategy"), reporterOf(StrategyFixtures.TORONTO),
				"{\"purposes\":[\"CULTURE\"]}")
			.andExpect(status().isOk());
		// when / then
		this.mvc.perform(delete("/api/v1/governments/CA-ON-toronto").param("version", "0").with(curator()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.government.in-use"));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
			throws Exception {
		if (who != null) {
			request.with(who);
		}
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
