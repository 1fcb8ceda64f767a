package org.twinningregistry.strategy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.reporting.SettableClock;
import org.twinningregistry.shared.Category;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.strategy.StrategyFixtures.reporterOf;

/**
 * The strategy on a government's page (its own beside its province's and its country's),
 * the strategy page with its history, and the form, in English and French.
 */
@SpringBootTest
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
class StrategyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StrategyBook book;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements) {
		StrategyFixtures.build(jdbc, gazetteer, agreements);
		SystemCurator.call(
				() -> this.book.put(new StrategyValues(StrategyFixtures.BC, List.of(Category.POLICY, Category.ECONOMY),
						new Statement("Policy and trade.", "Politiques et commerce.", null, null), List.of("KR"),
						new Office("Intergovernmental Relations Secretariat", null, null), null, null), null));
	}

	@Test
	void aCitysPageShowsItsProvincesStrategyBesideItsOwn() throws Exception {
		// when
		String html = this.mvc.perform(get("/governments/CA-BC-burnaby"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// then
		assertThat(html).contains("Strategy", "No strategy published.", "Its province:", "British Columbia",
				"Policy and trade.", "Intergovernmental Relations Secretariat");
		this.mvc.perform(get("/governments/CA-BC-burnaby").param("lang", "fr"))
			.andExpect(content().string(containsString("Politiques et commerce.")))
			.andExpect(content().string(containsString("Sa province :")));
	}

	@Test
	void aReporterWritesADraftThatTheStrategyPageShowsWithItsHistory() throws Exception {
		// when
		this.mvc
			.perform(post("/strategies/CA-BC-burnaby/edit").with(reporterOf(StrategyFixtures.BURNABY))
				.with(csrf())
				.param("purposes[0]", "YOUTH")
				.param("purposes[1]", "")
				.param("purposes[2]", "CULTURE")
				.param("statement.en", "Young people first.")
				.param("preferredCountries", "kr, jp")
				.param("office.name", "International Relations")
				.param("office.email", "intl@burnaby.ca"))
			.andExpect(redirectedUrl("/strategies/CA-BC-burnaby"))
			.andExpect(flash().attribute("message", "workflow.flash.drafted"));
		// then
		String html = this.mvc.perform(get("/strategies/CA-BC-burnaby").with(reporterOf(StrategyFixtures.BURNABY)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Young people first.", "KR, JP", "intl@burnaby.ca", "Submit for review");
		assertThat(this.book.revision(StrategyFixtures.BURNABY)).isEmpty();
		this.mvc.perform(get("/strategies/CA-BC-burnaby"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No strategy published.")));
	}

	@Test
	void theHistoryShowsThePurposesByTheirLabels() throws Exception {
		// when a curator publishes Burnaby's strategy from the form
		this.mvc
			.perform(post("/strategies/CA-BC-burnaby/edit").with(StrategyFixtures.curatorOf("CA"))
				.with(csrf())
				.param("purposes[0]", "YOUTH")
				.param("purposes[1]", "CULTURE"))
			.andExpect(redirectedUrl("/strategies/CA-BC-burnaby"));
		// then its history names the purposes as the form does, in order
		String html = this.mvc.perform(get("/strategies/CA-BC-burnaby"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Purposes, most important first", "Youth, Culture").doesNotContain("YOUTH;CULTURE");
	}

	@Test
	void aPlansHistoryAndFulfilmentNameItsActivitiesInWords() throws Exception {
		// when a curator publishes a plan under Burnaby–Hwaseong from the form
		String plan = this.mvc
			.perform(post("/plans/new").with(StrategyFixtures.curatorOf("CA"))
				.with(csrf())
				.param("agreement", StrategyFixtures.BURNABY_HWASEONG.value())
				.param("from", "2024")
				.param("to", "2026")
				.param("activities[0].year", "2024")
				.param("activities[0].category", "YOUTH")
				.param("activities[0].form", "PROGRAM")
				.param("activities[0].origin", StrategyFixtures.BURNABY.value())
				.param("activities[0].title", "Burnaby youth exchange"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String html = this.mvc.perform(get(plan))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// then its history names the agreement by its parties and the activity in words,
		// and its fulfilment table the initiating party by name
		assertThat(html)
			.contains("Burnaby and Hwaseong", "Planned activity",
					"2024 Youth, Programme — initiated by Burnaby: Burnaby youth exchange", "<td>Burnaby</td>")
			.doesNotContain("activities.", "YOUTH PROGRAM", "by CA-BC-burnaby", "<td>CA-BC-burnaby</td>");
	}

	@Test
	void showsEveryBadValueBesideItsField() throws Exception {
		this.mvc
			.perform(post("/strategies/CA-BC/edit").with(StrategyFixtures.curatorOf("CA"))
				.with(csrf())
				.param("office.email", "nobody")
				.param("adopted", "someday")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "adopted"))
			.andExpect(content().string(containsString("Expected a date as YYYY-MM-DD.")));
		this.mvc
			.perform(post("/strategies/CA-BC/edit").with(StrategyFixtures.curatorOf("CA"))
				.with(csrf())
				.param("office.email", "nobody")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "purposes", "office.email", "office.name"));
	}

}
