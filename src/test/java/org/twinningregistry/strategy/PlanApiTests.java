package org.twinningregistry.strategy;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;
import static org.twinningregistry.strategy.StrategyFixtures.BURNABY;
import static org.twinningregistry.strategy.StrategyFixtures.HWASEONG;
import static org.twinningregistry.strategy.StrategyFixtures.reporterOf;
import static org.twinningregistry.strategy.StrategyFixtures.reviewerOf;

/**
 * Plans over the API, on the engine of the active profile: either side's reporter
 * proposes one, a reviewer of either side approves it, the other side confirms it; a
 * curator publishes, changes and deletes; bad plans are refused field by field.
 */
@SpringBootTest
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
class PlanApiTests {

	static final String PLAN = """
			{"id":"bh-2024","from":2024,"to":2026,"activities":[
			 {"year":2024,"category":"YOUTH","form":"PROGRAM","origin":"CA-BC-burnaby","participants":20,
			  "title":"Youth exchange to Hwaseong"},
			 {"year":2025,"category":"POLICY","form":"DELEGATION","origin":"KR-41-hwaseong",
			  "title":"Policy delegation to Burnaby","notes":"Smart-city planning"}]}
			""";

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements) {
		StrategyFixtures.build(jdbc, gazetteer, agreements);
	}

	@Test
	void eitherSidesReporterProposesAReviewerApprovesAndTheOtherSideConfirms() throws Exception {
		// when Hwaseong's reporter proposes it
		send(post("/api/v1/agreements/burnaby-hwaseong/plans"), reporterOf(HWASEONG), PLAN)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/plans/bh-2024"))
			.andExpect(jsonPath("$.workflowState").value("DRAFT"))
			.andExpect(jsonPath("$.activities[*].key", contains("1", "2")));
		// then the public sees nothing of it, Burnaby's reporter sees the draft
		this.mvc.perform(get("/api/v1/plans/bh-2024")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/plans"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/plans/bh-2024/revision").with(reporterOf(BURNABY)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plan.from").value(2024));
		// when submitted, BC's reviewer approves it
		this.mvc.perform(post("/api/v1/plans/bh-2024/submit").with(reporterOf(HWASEONG))).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/plans/bh-2024/approve").with(reviewerOf("CA-ON")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/plans/bh-2024/approve").with(reviewerOf("CA-BC")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workflowState").value(nullValue()));
		// then it is published, and each side confirms it
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/plans"))
			.andExpect(jsonPath("$[*].id", contains("bh-2024")))
			.andExpect(jsonPath("$[0].activities[1].notes").value("Smart-city planning"));
		this.mvc.perform(post("/api/v1/plans/bh-2024/confirm").with(reporterOf(HWASEONG)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmedByBothSides").value(false));
		this.mvc.perform(post("/api/v1/plans/bh-2024/confirm").with(reporterOf(BURNABY)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmedByBothSides").value(true));
		this.mvc.perform(get("/api/v1/plans/bh-2024/history").with(reporterOf(BURNABY)))
			.andExpect(jsonPath("$[*].action", contains("DRAFTED", "SUBMITTED", "APPROVED", "CONFIRMED", "CONFIRMED")));
	}

	@Test
	void aCuratorPublishesChangesAndDeletesAPlanNamingItsVersion() throws Exception {
		// given
		send(post("/api/v1/agreements/burnaby-hwaseong/plans"), curator(), PLAN).andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));
		// when
		send(put("/api/v1/plans/bh-2024"), curator(), """
				{"from":2024,"to":2025,"version":1,"activities":[
				 {"key":"1","year":2024,"category":"YOUTH","origin":"BOTH","title":"Joint youth camp"}]}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.to").value(2025))
			.andExpect(jsonPath("$.agreement").value("burnaby-hwaseong"))
			.andExpect(jsonPath("$.activities", hasSize(1)))
			.andExpect(jsonPath("$.version").value(2));
		// then
		String history = this.mvc.perform(get("/api/v1/plans/bh-2024/history"))
			.andExpect(jsonPath("$[*].action", contains("CREATED", "UPDATED")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> changed = JsonPath.read(history, "$[1].changes[*].field");
		assertThat(changed).contains("to", "activities.1", "activities.2");
		// when / then
		send(put("/api/v1/plans/bh-2024"), curator(), PLAN).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		this.mvc.perform(delete("/api/v1/plans/bh-2024").param("version", "2").with(reporterOf(BURNABY)))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/plans/bh-2024").param("version", "1").with(curator()))
			.andExpect(status().isConflict());
		this.mvc.perform(delete("/api/v1/plans/bh-2024").with(curator())).andExpect(status().isPreconditionRequired());
		this.mvc.perform(delete("/api/v1/plans/bh-2024").param("version", "2").with(curator()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/plans/bh-2024")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/plans/bh-2024/history"))
			.andExpect(jsonPath("$[*].action", contains("CREATED", "UPDATED", "DELETED")));
	}

	@Test
	void refusesABadPlanFieldByField() throws Exception {
		// given
		send(post("/api/v1/agreements/burnaby-hwaseong/plans"), curator(), PLAN).andExpect(status().isCreated());
		// when / then: overlapping years, an origin that is no party, a year outside
		send(post("/api/v1/agreements/burnaby-hwaseong/plans"), curator(), """
				{"from":2026,"to":2027,"activities":[
				 {"year":2028,"category":"YOUTH","origin":"CA-ON-toronto","title":"Exchange"}]}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("from", "activities[0].year", "activities[0].origin")));
		send(post("/api/v1/agreements/burnaby-hwaseong/plans"), curator(),
				"{\"from\":2030,\"to\":2031,\"activities\":[{\"category\":\"YOUTH\",\"origin\":\"BOTH\",\"title\":\"T\"}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("activities[0].year")));
		send(post("/api/v1/agreements/nowhere/plans"), curator(),
				"{\"from\":2030,\"to\":2031,\"activities\":[{\"year\":2030,\"category\":\"YOUTH\",\"origin\":\"BOTH\",\"title\":\"T\"}]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("agreement"));
		send(post("/api/v1/agreements/burnaby-hwaseong/plans"), reporterOf(StrategyFixtures.TORONTO), PLAN)
			.andExpect(status().isForbidden());
	}

	@Test
	void anAgreementWithADraftPlanIsNotDeleted() throws Exception {
		// given
		send(post("/api/v1/agreements/burnaby-hwaseong/plans"), reporterOf(BURNABY), PLAN)
			.andExpect(status().isCreated());
		// when / then
		this.mvc.perform(delete("/api/v1/agreements/burnaby-hwaseong").param("version", "0").with(curator()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.agreement.in-use"));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
			throws Exception {
		return this.mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
