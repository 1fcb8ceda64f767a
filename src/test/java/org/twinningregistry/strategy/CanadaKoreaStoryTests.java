package org.twinningregistry.strategy;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.strategy.StrategyFixtures.BC;
import static org.twinningregistry.strategy.StrategyFixtures.BURNABY;
import static org.twinningregistry.strategy.StrategyFixtures.HWASEONG;
import static org.twinningregistry.strategy.StrategyFixtures.curatorOf;
import static org.twinningregistry.strategy.StrategyFixtures.reporterOf;
import static org.twinningregistry.strategy.StrategyFixtures.reviewerOf;

/**
 * The Canada–Korea story of issue 11, end to end over the API and the pages, on
 * 2025-06-15: British Columbia states POLICY and ECONOMY purposes; Burnaby and Hwaseong
 * agree a 2024–2026 plan (a youth exchange from Burnaby in 2024, a policy delegation from
 * Hwaseong in 2025); the 2024 youth exchange is recorded from Hwaseong's side only, so it
 * does not meet Burnaby's planned activity, and Burnaby's 2024 report cannot be submitted
 * until the miss has a reason. Hand-computed: the plan has 2 activities, 0 met, 1 missed,
 * 1 pending, rate 0; Burnaby's 2024 figures 1 planned, 1 missed, rate 0; its alignment
 * with British Columbia's purposes 0 of 1 substantive engagement (the youth exchange).
 */
@SpringBootTest
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
class CanadaKoreaStoryTests {

	private static final String PLAN = """
			{"id":"burnaby-hwaseong-2024","from":2024,"to":2026,"activities":[
			 {"key":"youth","year":2024,"category":"YOUTH","form":"PROGRAM","origin":"CA-BC-burnaby","participants":20,
			  "title":"Burnaby youth exchange to Hwaseong"},
			 {"key":"policy","year":2025,"category":"POLICY","form":"DELEGATION","origin":"KR-41-hwaseong",
			  "title":"Hwaseong policy delegation to Burnaby"}]}
			""";

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements,
			@Autowired SettableClock clock) {
		clock.setDay(LocalDate.of(2025, 6, 15));
		StrategyFixtures.build(jdbc, gazetteer, agreements);
	}

	@Test
	void theCanadaKoreaStory() throws Exception {
		// British Columbia states its purposes; BC's reviewer approves its reporter's
		// draft
		send(put("/api/v1/governments/CA-BC/strategy"), reporterOf(BC),
				"{\"purposes\":[\"POLICY\",\"ECONOMY\"],\"statement\":{\"en\":\"Policy and trade with Asia.\"},"
						+ "\"office\":{\"name\":\"Intergovernmental Relations Secretariat\",\"email\":\"igrs@gov.bc.ca\"}}")
			.andExpect(jsonPath("$.workflowState").value("DRAFT"));
		this.mvc.perform(post("/api/v1/strategies/CA-BC/submit").with(reporterOf(BC))).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/strategies/CA-BC/approve").with(reviewerOf("CA-BC"))).andExpect(status().isOk());

		// Burnaby proposes the plan, BC's reviewer approves it, both sides confirm it
		send(post("/api/v1/agreements/burnaby-hwaseong/plans"), reporterOf(BURNABY), PLAN)
			.andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/plans/burnaby-hwaseong-2024/submit").with(reporterOf(BURNABY)))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/plans/burnaby-hwaseong-2024/approve").with(reviewerOf("CA-BC")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/plans/burnaby-hwaseong-2024/confirm").with(reporterOf(HWASEONG)))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/plans/burnaby-hwaseong-2024/confirm").with(reporterOf(BURNABY)))
			.andExpect(jsonPath("$.confirmedByBothSides").value(true));

		// the 2024 youth exchange is recorded from Hwaseong's side only
		send(post("/api/v1/engagements"), curatorOf("KR"), """
				{"id":"youth-2024","agreement":"burnaby-hwaseong","year":2024,"date":"2024-08-05",
				 "category":"YOUTH","origin":"KR-41-hwaseong","form":"PROGRAM","participants":18,
				 "title":"Hwaseong youth delegation to Burnaby"}
				""").andExpect(status().isCreated());

		// so Burnaby's planned youth exchange is missed, Hwaseong's delegation pending
		this.mvc.perform(get("/api/v1/plans/burnaby-hwaseong-2024/fulfilment"))
			.andExpect(jsonPath("$.planned").value(2))
			.andExpect(jsonPath("$.met").value(0))
			.andExpect(jsonPath("$.missed").value(1))
			.andExpect(jsonPath("$.pending").value(1))
			.andExpect(jsonPath("$.rate").value(0.0))
			.andExpect(jsonPath("$.activities[*].state", contains("MISSED", "PENDING")));

		// Burnaby's 2024 report cannot be submitted until the miss has a reason
		send(post("/api/v1/reporting/2024/reports"), reporterOf(BURNABY),
				"{\"government\":\"CA-BC-burnaby\",\"nothingToReport\":false}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("planReview"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.report.miss-reason.required"));
		send(post("/api/v1/reporting/2024/reports"), reporterOf(BURNABY), """
				{"government":"CA-BC-burnaby","nothingToReport":false,"planReview":[
				 {"plan":"burnaby-hwaseong-2024","activity":"youth","reason":"OTHER"}]}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("rule.report.miss-reason.text"));
		send(post("/api/v1/reporting/2024/reports"), reporterOf(BURNABY), """
				{"government":"CA-BC-burnaby","nothingToReport":false,"planReview":[
				 {"plan":"burnaby-hwaseong-2024","activity":"youth","reason":"BUDGET",
				  "text":"The exchange was cut from the 2024 budget; Hwaseong came to us instead."}]}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.planReview[0].title").value("Burnaby youth exchange to Hwaseong"))
			.andExpect(jsonPath("$.planReview[0].cause").value("BUDGET"));

		// fulfilment and alignment of the province, exactly
		this.mvc.perform(get("/api/v1/statistics/fulfilment").param("scope", "CA-BC").param("year", "2024"))
			.andExpect(jsonPath("$.governments[*].government", contains("CA-BC", "CA-BC-burnaby", "CA-BC-vancouver")))
			.andExpect(jsonPath("$.governments[0].hasStrategy").value(true))
			.andExpect(jsonPath("$.governments[1].hasStrategy").value(false))
			.andExpect(jsonPath("$.governments[1].hasCurrentPlan").value(true))
			.andExpect(jsonPath("$.governments[1].planned").value(1))
			.andExpect(jsonPath("$.governments[1].met").value(0))
			.andExpect(jsonPath("$.governments[1].missed").value(1))
			.andExpect(jsonPath("$.governments[1].rate").value(0.0))
			.andExpect(jsonPath("$.governments[1].alignment.purposesOf").value("CA-BC"))
			.andExpect(jsonPath("$.governments[1].alignment.engagements").value(1))
			.andExpect(jsonPath("$.governments[1].alignment.aligned").value(0))
			.andExpect(jsonPath("$.governments[1].alignment.share").value(0.0))
			.andExpect(jsonPath("$.governments[1].alignment.byPurpose[*].engagements", contains(0, 0)))
			.andExpect(jsonPath("$.totals.withStrategy").value(1))
			.andExpect(jsonPath("$.totals.withCurrentPlan").value(1))
			.andExpect(jsonPath("$.totals.planned").value(1))
			.andExpect(jsonPath("$.totals.missed").value(1))
			.andExpect(jsonPath("$.totals.rate").value(0.0));

		// the province's view shows the same figures, and Vancouver–Hwaseong to decide
		String view = this.mvc.perform(get("/statistics/accountability/CA-BC").param("year", "2024"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(view, "data-government=\"CA-BC-burnaby\"")).contains("Burnaby", ">1<", ">0<", "0%");
		assertThat(view).contains("Relationships to decide", "data-agreement=\"vancouver-hwaseong\"", "To decide")
			.doesNotContain("data-agreement=\"burnaby-hwaseong\"");

		// and BC's reviewer sees the fulfilment beside the report when approving
		String page = this.mvc.perform(get("/governments/CA-BC-burnaby").with(reviewerOf("CA-BC")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Planned activities this year: 1 — met 0, missed 1, pending 0; fulfilment rate 0%.",
				"Alignment with the purposes: 0 of 1 substantive engagements (0%).", "Budget",
				"The exchange was cut from the 2024 budget");

		// Burnaby's handover brief says what its twinning is for, who owns it, and the
		// plan with the same figures, on the page and in the PDF
		String brief = this.mvc.perform(get("/governments/CA-BC-burnaby/brief"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(brief).contains("What its twinning is for", "Policy and trade with Asia.",
				"Intergovernmental Relations Secretariat", "igrs@gov.bc.ca", "Plans agreed with partners",
				"Planned activities: 2; met 0, missed 1, pending 1; fulfilment rate 0%.",
				"Burnaby youth exchange to Hwaseong", "Hwaseong policy delegation to Burnaby");
		assertThat(brief.indexOf("What its twinning is for")).isLessThan(brief.indexOf("Current relationships"));
		byte[] pdf = this.mvc.perform(get("/api/v1/governments/CA-BC-burnaby/brief.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Intergovernmental Relations Secretariat",
					"Burnaby youth exchange to Hwaseong");
		}
		assertThat(this.mvc.perform(get("/governments/CA-BC-burnaby/brief").param("lang", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("À quoi servent ses jumelages",
					"Bureau des relations internationales",
					"Activités prévues : 2 ; réalisées 0, manquées 1, à venir 1 ; taux de réalisation 0");
	}

	private static String row(String html, String marker) {
		int at = html.indexOf(marker);
		assertThat(at).as("row %s", marker).isGreaterThan(0);
		return html.substring(at, html.indexOf("</tr>", at));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
			throws Exception {
		return this.mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
