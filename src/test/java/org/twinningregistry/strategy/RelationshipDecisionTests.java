package org.twinningregistry.strategy;

import java.time.LocalDate;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.reporting.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;
import static org.twinningregistry.strategy.StrategyFixtures.VANCOUVER;
import static org.twinningregistry.strategy.StrategyFixtures.reporterOf;

/**
 * Decisions about dormant relationships, on 2025-06-15: Vancouver–Hwaseong has had no
 * engagement, so it is to decide on Vancouver's page until Vancouver keeps it with a
 * reason, revives it with a plan, or ends it.
 */
@SpringBootTest
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
class RelationshipDecisionTests {

	private static final String DECISIONS = "/api/v1/governments/CA-BC-vancouver/relationship-decisions";

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements,
			@Autowired SettableClock clock) {
		clock.setDay(LocalDate.of(2025, 6, 15));
		StrategyFixtures.build(jdbc, gazetteer, agreements);
	}

	@Test
	void aDormantRelationshipIsToDecideUntilItsGovernmentDecides() throws Exception {
		// given
		assertThat(page()).contains("Relationships to decide", "data-agreement=\"vancouver-hwaseong\"", "To decide");
		// when
		decide(reporterOf(VANCOUVER), "{\"agreement\":\"vancouver-hwaseong\",\"decision\":\"KEEP\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		decide(reporterOf(VANCOUVER),
				"{\"agreement\":\"vancouver-hwaseong\",\"decision\":\"KEEP\",\"reason\":\"A cultural bridge worth keeping.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.decidedOn").value("2025-06-15"))
			.andExpect(jsonPath("$.decidedBy").value("Reporter of Vancouver"));
		// then
		this.mvc.perform(get(DECISIONS)).andExpect(jsonPath("$[*].decision", contains("KEEP")));
		assertThat(page()).contains("A cultural bridge worth keeping.").doesNotContain("To decide");
	}

	@Test
	void aRevivalNamesAPlanOfTheAgreement() throws Exception {
		decide(reporterOf(VANCOUVER), "{\"agreement\":\"vancouver-hwaseong\",\"decision\":\"REVIVE\"}")
			.andExpect(jsonPath("$.errors[0].code").value("rule.decision.plan.required"));
		this.mvc
			.perform(post("/api/v1/agreements/vancouver-hwaseong/plans").with(reporterOf(VANCOUVER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"vh\",\"from\":2025,\"to\":2026,\"activities\":[{\"year\":2025,"
						+ "\"category\":\"CULTURE\",\"origin\":\"BOTH\",\"title\":\"Lantern festival\"}]}"))
			.andExpect(status().isCreated());
		decide(reporterOf(VANCOUVER),
				"{\"agreement\":\"burnaby-hwaseong\",\"decision\":\"KEEP\",\"reason\":\"Not ours\"}")
			.andExpect(jsonPath("$.errors[0].code").value("rule.decision.agreement.other"));
		decide(reporterOf(VANCOUVER), "{\"agreement\":\"vancouver-hwaseong\",\"decision\":\"REVIVE\",\"plan\":\"vh\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.plan").value("vh"));
	}

	@Test
	void endingItEndsTheAgreementAsTheDeciderMay() throws Exception {
		// a curator's ending is published at once
		decide(curator(), "{\"agreement\":\"vancouver-hwaseong\",\"decision\":\"END\"}")
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/agreements/vancouver-hwaseong"))
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.ended").value("2025-06-15"));
		// a page's form records it too, and another government's reporter may not
		this.mvc
			.perform(post("/governments/CA-BC-vancouver/relationship-decisions").with(reporterOf(VANCOUVER))
				.with(csrf())
				.param("agreement", "vancouver-hwaseong")
				.param("decision", "KEEP")
				.param("reason", "Renewal under discussion"))
			.andExpect(redirectedUrl("/governments/CA-BC-vancouver#relationships"))
			.andExpect(flash().attribute("message", "strategy.flash.decided"));
		decide(reporterOf(StrategyFixtures.BURNABY),
				"{\"agreement\":\"vancouver-hwaseong\",\"decision\":\"KEEP\",\"reason\":\"x\"}")
			.andExpect(status().isForbidden());
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/governments/CA-BC-vancouver"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions decide(RequestPostProcessor who, String body) throws Exception {
		return this.mvc.perform(post(DECISIONS).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
