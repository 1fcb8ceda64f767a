package org.twinningregistry.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.internal.CompletenessFigures;
import org.twinningregistry.reporting.internal.CompletenessFigures.ExpectedGovernment;
import org.twinningregistry.reporting.internal.Jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.reporting.ReportingFixtures.KELOWNA;
import static org.twinningregistry.reporting.ReportingFixtures.TORONTO;
import static org.twinningregistry.reporting.ReportingFixtures.VANCOUVER;
import static org.twinningregistry.reporting.ReportingFixtures.reporterOf;
import static org.twinningregistry.reporting.ReportingFixtures.reviewerOf;

/**
 * The annual reporting cycle over the API with an April–March reporting year, on the real
 * database: who is expected ({@link ReportingFixtures}), on time or late, approved or
 * returned, and who may do what.
 */
@SpringBootTest(properties = { "registry.reporting.year-start=04-01", "registry.reporting.deadline=3m" })
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReportingIntegrationTests {

	private static final String REPORTS = "/api/v1/reporting/2024/reports";

	private static final String COMPLETENESS = "/api/v1/reporting/2024/completeness";

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@Autowired
	CompletenessFigures figures;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements) {
		ReportingFixtures.build(jdbc, gazetteer, agreements);
		this.clock.setDay(LocalDate.of(2025, 5, 1));
	}

	@Test
	void expectsThePartiesOfAgreementsCurrentOnSomeDayOfTheFiscalYear() throws Exception {
		// when / then: Burnaby ended, Victoria signed later, Ottawa expired before it
		this.mvc.perform(get(COMPLETENESS).param("scope", "CA"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.scope").value("CA"))
			.andExpect(jsonPath("$.period.start").value("2024-04-01"))
			.andExpect(jsonPath("$.period.end").value("2025-03-31"))
			.andExpect(jsonPath("$.deadline").value("2025-06-30"))
			.andExpect(jsonPath("$.jurisdictions", hasSize(3)))
			.andExpect(jsonPath("$.jurisdictions[0].code").value("CA"))
			.andExpect(jsonPath("$.jurisdictions[0].name").value("Canada"))
			.andExpect(jsonPath("$.jurisdictions[0].expected").value(3))
			.andExpect(jsonPath("$.jurisdictions[1].code").value("CA-BC"))
			.andExpect(jsonPath("$.jurisdictions[1].name").value("British Columbia"))
			.andExpect(jsonPath("$.jurisdictions[1].expected").value(2))
			.andExpect(jsonPath("$.jurisdictions[1].missing[*].id").value(org.hamcrest.Matchers.contains("kel", "van")))
			.andExpect(jsonPath("$.jurisdictions[2].code").value("CA-ON"))
			.andExpect(jsonPath("$.jurisdictions[2].missing[0].name").value("Toronto"));
	}

	@Test
	void expectsOtherGovernmentsForTheCalendarYear() {
		// given
		ReportingPeriod calendar2024 = ReportingPeriod.of(2024, ReportingSettings.calendarYears());

		// when
		var expected = this.figures.expected(calendar2024, new Jurisdiction("CA", null));

		// then: Burnaby and Ottawa were current in early 2024; Kelowna signed in 2025
		assertThat(expected).extracting(ExpectedGovernment::id).containsExactly("bur", "van", "ott", "tor");
	}

	@Test
	void countsReportsOnTimeLateAndApproved() throws Exception {
		// given: Vancouver reports by the deadline, Toronto after it
		submit(VANCOUVER, false).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/reporting/2024/reports/van"))
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.onTime").value(true))
			.andExpect(jsonPath("$.submittedBy").value("Reporter of Vancouver"))
			.andExpect(jsonPath("$.submittedByAccount").doesNotExist());
		this.clock.setDay(LocalDate.of(2025, 7, 15));
		submit(TORONTO, true).andExpect(status().isCreated()).andExpect(jsonPath("$.onTime").value(false));

		// when
		this.mvc.perform(post(REPORTS + "/van/approve").with(reviewerOf("CA-BC")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value("Reviewer, British Columbia"))
			.andExpect(jsonPath("$.approvedByAccount").value("reviewer-CA-BC"))
			.andExpect(jsonPath("$.submittedByAccount").value("reporter-van"));
		assertThat(this.events.stream(ReportApproved.class)).containsExactly(new ReportApproved(VANCOUVER, 2024));

		// then
		this.mvc.perform(get(COMPLETENESS).param("scope", "CA"))
			.andExpect(jsonPath("$.jurisdictions[0].expected").value(3))
			.andExpect(jsonPath("$.jurisdictions[0].submitted").value(2))
			.andExpect(jsonPath("$.jurisdictions[0].onTime").value(1))
			.andExpect(jsonPath("$.jurisdictions[0].approved").value(1))
			.andExpect(jsonPath("$.jurisdictions[0].missing[*].id").value(org.hamcrest.Matchers.contains("kel")));
		this.mvc.perform(get(COMPLETENESS).param("scope", "ca-on"))
			.andExpect(jsonPath("$.scope").value("CA-ON"))
			.andExpect(jsonPath("$.jurisdictions", hasSize(1)))
			.andExpect(jsonPath("$.jurisdictions[0].submitted").value(1))
			.andExpect(jsonPath("$.jurisdictions[0].onTime").value(0))
			.andExpect(jsonPath("$.jurisdictions[0].missing", hasSize(0)));
		this.mvc.perform(get(COMPLETENESS).param("scope", "CA-BC").param("format", "csv"))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(
					containsString("2024,2024-04-01,2025-03-31,2025-06-30,CA-BC,British Columbia,2,1,1,1,kel\r\n")));
		this.mvc.perform(get(REPORTS).param("scope", "CA-ON"))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].government").value("tor"))
			.andExpect(jsonPath("$[0].nothingToReport").value(true));
		String publicReports = this.mvc.perform(get(REPORTS))
			.andExpect(jsonPath("$[?(@.government == 'van')].approvedBy", contains("Reviewer, British Columbia")))
			.andExpect(jsonPath("$[?(@.government == 'van')].submittedBy", contains("Reporter of Vancouver")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(publicReports).doesNotContain("reporter-van", "reviewer-CA-BC", "Account\":\"");
	}

	@Test
	void returnsAReportWithAReasonAndTakesItAgain() throws Exception {
		// given
		submit(TORONTO, false).andExpect(status().isCreated());

		// when
		this.mvc
			.perform(post(REPORTS + "/tor/return").with(reviewerOf("CA-ON"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"The June delegation is missing.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"))
			.andExpect(jsonPath("$.returnReason").value("The June delegation is missing."));

		// then: missing again until submitted again
		this.mvc.perform(get(COMPLETENESS).param("scope", "CA-ON"))
			.andExpect(jsonPath("$.jurisdictions[0].submitted").value(0))
			.andExpect(jsonPath("$.jurisdictions[0].missing[0].returned").value(true));
		this.clock.setDay(LocalDate.of(2025, 8, 1));
		this.mvc
			.perform(post(REPORTS).with(reporterOf(TORONTO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"government\": \"tor\", \"nothingToReport\": false, \"note\": \"Added the delegation.\","
						+ " \"version\": 1}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.onTime").value(true))
			.andExpect(jsonPath("$.note").value("Added the delegation."));
		this.mvc.perform(get(COMPLETENESS).param("scope", "CA-ON"))
			.andExpect(jsonPath("$.jurisdictions[0].submitted").value(1))
			.andExpect(jsonPath("$.jurisdictions[0].onTime").value(1));
		assertThat(this.events.stream(ReportSubmitted.class)).containsExactly(new ReportSubmitted(TORONTO, 2024),
				new ReportSubmitted(TORONTO, 2024));
		assertThat(this.events.stream(ReportReturned.class)).containsExactly(new ReportReturned(TORONTO, 2024));
		assertThat(this.events.stream(ReportApproved.class)).isEmpty();
	}

	@Test
	void refusesWhoIsNotInScope() throws Exception {
		// given
		submit(TORONTO, false).andExpect(status().isCreated());

		// then
		this.mvc
			.perform(post(REPORTS).with(reporterOf(VANCOUVER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"government\": \"kel\", \"nothingToReport\": true}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(REPORTS + "/tor/approve").with(reviewerOf("CA-BC"))).andExpect(status().isForbidden());
		this.mvc.perform(post(REPORTS + "/tor/approve").with(reporterOf(TORONTO))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(REPORTS).contentType(MediaType.APPLICATION_JSON)
				.content("{\"government\": \"kel\", \"nothingToReport\": true}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post(REPORTS + "/tor/approve")).andExpect(status().isUnauthorized());
		this.mvc.perform(get(REPORTS + "/tor")).andExpect(jsonPath("$.state").value("SUBMITTED"));
	}

	@Test
	void refusesAnOpenYearAStaleVersionAndATransitionOutOfOrder() throws Exception {
		// when / then: the 2025 fiscal year runs until 2026-03-31
		this.mvc
			.perform(post("/api/v1/reporting/2025/reports").with(reporterOf(KELOWNA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"government\": \"kel\", \"nothingToReport\": true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("rule.report.period-open"));
		submit(KELOWNA, true).andExpect(status().isCreated());
		submit(KELOWNA, true).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.report.state"));
		this.mvc
			.perform(post(REPORTS + "/kel/approve").with(reviewerOf("CA-BC"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 7}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.stale-version"));
		this.mvc
			.perform(post(REPORTS + "/kel/return").with(reviewerOf("CA-BC"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"  \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void answersAProblemForAMissingMalformedOrUnknownScope() throws Exception {
		// then
		this.mvc.perform(get(COMPLETENESS))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("scope"))
			.andExpect(jsonPath("$.errors[0].code").value("error.reporting.scope.missing"));
		this.mvc.perform(get(COMPLETENESS).param("scope", "Canada"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.reporting.scope.format"));
		this.mvc.perform(get(COMPLETENESS).param("scope", "XX"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.reporting.scope.unknown"));
		this.mvc.perform(get(COMPLETENESS).param("scope", "CA-ZZ"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scope"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("CA-ZZ")));
		this.mvc
			.perform(post(REPORTS).with(reporterOf(VANCOUVER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"government\": \"van\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nothingToReport"));
	}

	private ResultActions submit(GovernmentId government, boolean nothingToReport) throws Exception {
		return this.mvc.perform(post(REPORTS).with(reporterOf(government))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"government\": \"" + government.value() + "\", \"nothingToReport\": " + nothingToReport + "}"));
	}

}
