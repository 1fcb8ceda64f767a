package org.twinningregistry.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.reporting.ReportingFixtures.KELOWNA;
import static org.twinningregistry.reporting.ReportingFixtures.TORONTO;
import static org.twinningregistry.reporting.ReportingFixtures.VANCOUVER;
import static org.twinningregistry.reporting.ReportingFixtures.reporterOf;
import static org.twinningregistry.reporting.ReportingFixtures.reviewerOf;

/**
 * The completeness page and the report section of a government's page, in both languages,
 * with the forms a reporter and a reviewer use.
 */
@SpringBootTest(properties = { "registry.reporting.year-start=04-01", "registry.reporting.deadline=3m" })
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
class ReportingPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@Autowired
	ReportSubmission submission;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements) {
		ReportingFixtures.build(jdbc, gazetteer, agreements);
		this.clock.setDay(LocalDate.of(2025, 5, 1));
	}

	@Test
	void listsTheMissingGovernmentsOfEachSubdivision() throws Exception {
		// given
		this.mvc.perform(post("/reporting/2024/reports/van/submit").with(reporterOf(VANCOUVER)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// when
		String html = this.mvc.perform(get("/reporting/2024").param("scope", "CA"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(html).contains("Annual reports 2024", "2024-04-01", "2025-06-30", "Missing in British Columbia",
				"Missing in Ontario", "/governments/kel", "/governments/tor", "<option value=\"CA-BC\"");
		assertThat(html).doesNotContain("/governments/van\"", "/governments/bur", "/governments/ott");
		this.mvc.perform(get("/reporting/2024").param("scope", "CA-BC").param("lang", "fr"))
			.andExpect(content().string(containsString("Manquants : Colombie-Britannique")));
	}

	@Test
	void asksForAScopeAndExplainsABadOne() throws Exception {
		// then
		this.mvc.perform(get("/reporting/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a country or a subdivision")));
		this.mvc.perform(get("/reporting/2024").param("scope", "Canada")).andExpect(status().isBadRequest());
		// a scope naming nothing is a choice that cannot be shown, said why, as for the
		// API
		this.mvc.perform(get("/reporting/2024").param("scope", "CA-ZZ"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The registry knows no country or subdivision")))
			.andExpect(content().string(containsString("CA-ZZ")));
		this.mvc.perform(get("/reporting").param("scope", "CA-ON"))
			.andExpect(redirectedUrl("/reporting/2024?scope=CA-ON"));
	}

	@Test
	void offersTheReportFormToAReporterOfTheGovernmentOnly() throws Exception {
		// then
		this.mvc.perform(get("/governments/kel").with(reporterOf(KELOWNA)))
			.andExpect(content().string(containsString("Submit the annual report")))
			.andExpect(content().string(containsString("Nothing to report this year")));
		this.mvc.perform(get("/governments/kel").with(reporterOf(VANCOUVER)))
			.andExpect(content().string(containsString("Annual reports")))
			.andExpect(content().string(not(containsString("Submit the annual report"))));
		this.mvc.perform(get("/governments/kel"))
			.andExpect(content().string(containsString("Not submitted")))
			// the years before its agreement was signed (2025-03, in fiscal 2024) it is
			// not expected to report
			.andExpect(content().string(containsString("data-state=\"NOT_EXPECTED\"")))
			.andExpect(content().string(containsString("Not expected: no agreement in force that year")))
			.andExpect(content().string(not(containsString("Submit the annual report"))));
	}

	@Test
	void letsAReporterSubmitAndAReviewerReturnThenApprove() throws Exception {
		// when
		this.mvc
			.perform(post("/reporting/2024/reports/tor/submit").param("nothingToReport", "true")
				.with(reporterOf(TORONTO))
				.with(csrf()))
			.andExpect(redirectedUrl("/governments/tor#reports"));
		this.mvc
			.perform(post("/reporting/2024/reports/tor/return").param("reason", "Say what happened in June.")
				.with(reviewerOf("CA-ON"))
				.with(csrf()))
			.andExpect(redirectedUrl("/governments/tor#reports"));

		// then
		this.mvc.perform(get("/governments/tor").with(reporterOf(TORONTO)))
			.andExpect(content().string(containsString("Reason: Say what happened in June.")))
			.andExpect(content().string(containsString("Submit the annual report")));
		this.mvc.perform(post("/reporting/2024/reports/tor/submit").with(reporterOf(TORONTO)).with(csrf()));
		this.mvc.perform(get("/governments/tor").with(reviewerOf("CA-ON")))
			.andExpect(content().string(containsString("Return for revision")));
		this.mvc.perform(post("/reporting/2024/reports/tor/approve").with(reviewerOf("CA-BC")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/reporting/2024/reports/tor/approve").with(reviewerOf("CA-ON")).with(csrf()));
		assertThat(this.submission.find(TORONTO, 2024))
			.hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(AnnualReportState.APPROVED));
	}

}
