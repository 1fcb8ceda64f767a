package org.twinningregistry.partnerfinder;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.reporting.SettableClock;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StrategyFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.strategy.StrategyFixtures.curatorOf;
import static org.twinningregistry.strategy.StrategyFixtures.reporterOf;

/**
 * The seeking list's pages over the real facades and database: the list with its filters
 * in English and French, a government's request on its page, the request's page (marked
 * when expired), and the form that reports bad values beside their fields.
 */
@SpringBootTest
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
class SeekingListPagesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Autowired
	MockMvc mvc;

	@Autowired
	SeekingList list;

	@Autowired
	SettableClock clock;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements) {
		StrategyFixtures.build(jdbc, gazetteer, agreements);
		this.clock.setDay(TODAY);
		SystemCurator.call(() -> {
			this.list
				.create(new PartnerRequestValues(StrategyFixtures.BURNABY, List.of("KR"),
						List.of(Category.ECONOMY, Category.EDUCATION), new PartnerSize(100000L, 1000000L),
						GovernmentLevel.LOCAL,
						new Statement("Smart-city and trade partners.", "Partenaires en ville intelligente.", null,
								null),
						new Office("International Relations Office", "intl@burnaby.example", null),
						LocalDate.of(2026, 12, 31)));
			return this.list.create(new PartnerRequestValues(StrategyFixtures.HWASEONG, List.of(),
					List.of(Category.CULTURE), PartnerSize.ANY, null,
					new Statement("Festival partners.", null, "ko", "축제 파트너"), null, LocalDate.of(2026, 6, 30)));
		});
	}

	@Test
	void theListShowsWhoSeeksWhatAndFiltersInEnglishAndFrench() throws Exception {
		// when
		String english = page(get("/partners/seeking"));
		// then
		assertThat(english).contains("Seeking partners", "2 requests", "Burnaby", "Canada", "Korea", "Economy",
				"100,000 to 1,000,000 inhabitants", "Local", "Smart-city and trade partners.", "intl@burnaby.example",
				"2026-03-02", "2026-12-31", "Hwaseong", "Anywhere", "Regional or local", "Festival partners.",
				"href=\"/governments/CA-BC-burnaby\"");
		// when filtered
		assertThat(page(get("/partners/seeking").param("country", "CA"))).contains("1 request", "Burnaby")
			.doesNotContain("Festival partners.");
		assertThat(page(get("/partners/seeking").param("seekingCountry", "KR"))).contains("2 requests");
		assertThat(page(get("/partners/seeking").param("seekingCountry", "JP"))).contains("1 request", "Hwaseong")
			.doesNotContain("Smart-city");
		assertThat(page(get("/partners/seeking").param("purpose", "CULTURE"))).contains("1 request", "Hwaseong");
		assertThat(page(get("/partners/seeking").param("purpose", "SPORTS")))
			.contains("No government is seeking partners with these filters.");
		// and in French
		String french = page(get("/partners/seeking").param("lang", "fr").param("country", "CA"));
		assertThat(french)
			.contains("Recherche de partenaires", "1 recherche", "Partenaires en ville intelligente.",
					"Pays du gouvernement", "Corée")
			.doesNotContain("Smart-city");
		assertThat(page(get("/partners/seeking").param("lang", "fr").param("purpose", "CULTURE"))).contains("Partout",
				"Régional ou local", "Festival partners.");
	}

	@Test
	void aGovernmentsPageShowsItsRequestAndOffersTheFormToThoseInScope() throws Exception {
		// when / then
		assertThat(page(get("/governments/CA-BC-burnaby")))
			.contains("Seeking partners", "Smart-city and trade partners.", "/partner-requests/PR-CA-BC-burnaby-1")
			.doesNotContain("/partner-requests/new");
		assertThat(page(get("/governments/CA-BC-burnaby").with(reporterOf(StrategyFixtures.BURNABY))))
			.contains("/partner-requests/new?government=CA-BC-burnaby");
		assertThat(page(get("/governments/CA-BC-vancouver"))).contains("No request for partners published.");
		assertThat(page(get("/governments/KR-41-hwaseong").param("lang", "fr"))).contains("Recherche de partenaires",
				"Festival partners.", "축제 파트너");
		// once expired, the request leaves the government's page, but its own page says
		// so
		this.clock.setDay(LocalDate.of(2026, 7, 1));
		assertThat(page(get("/governments/KR-41-hwaseong"))).contains("No request for partners published.");
		assertThat(page(get("/partner-requests/PR-KR-41-hwaseong-1"))).contains("Hwaseong seeks partners",
				"This request expired on 2026-06-30");
	}

	@Test
	void aReporterFilesARequestFromTheFormAndSeesItsDraft() throws Exception {
		// when
		this.mvc
			.perform(post("/partner-requests/new").param("government", "CA-BC-vancouver")
				.with(reporterOf(StrategyFixtures.VANCOUVER))
				.with(csrf())
				.param("seekingCountries", "kr jp")
				.param("purposes", "YOUTH", "SPORTS")
				.param("partnerSize.min", "50000")
				.param("level", "LOCAL")
				.param("description.en", "Youth sport exchanges.")
				.param("office.name", "Vancouver International Office")
				.param("expires", "2026-09-30"))
			.andExpect(redirectedUrl("/partner-requests/PR-CA-BC-vancouver-1"))
			.andExpect(flash().attribute("message", "workflow.flash.drafted"));
		// then
		assertThat(page(get("/partner-requests/PR-CA-BC-vancouver-1").with(reporterOf(StrategyFixtures.VANCOUVER))))
			.contains("Youth sport exchanges.", "Korea", "Japan", "50,000 inhabitants or more", "Submit for review");
		this.mvc.perform(get("/partner-requests/PR-CA-BC-vancouver-1")).andExpect(status().isNotFound());
		assertThat(this.list.activeRequests(StrategyFixtures.VANCOUVER)).isEmpty();
	}

	@Test
	void showsEveryBadValueBesideItsField() throws Exception {
		// malformed numbers and date
		this.mvc
			.perform(post("/partner-requests/new").param("government", "CA-BC-vancouver")
				.with(curatorOf("CA"))
				.with(csrf())
				.param("partnerSize.min", "many")
				.param("expires", "someday"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "partnerSize.min", "expires"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Expected a date as YYYY-MM-DD.")));
		// rules broken
		String html = this.mvc
			.perform(post("/partner-requests/new").param("government", "CA-BC-vancouver")
				.with(curatorOf("CA"))
				.with(csrf())
				.param("seekingCountries", "ZZ")
				.param("partnerSize.min", "500")
				.param("partnerSize.max", "100")
				.param("office.name", "IRO")
				.param("office.email", "nobody")
				.param("expires", "2026-03-02"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "seekingCountries", "purposes", "partnerSize.max",
					"office.email", "expires"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Name at least one purpose.", "The request must expire after today (2026-03-02)");
		assertThat(this.list.activeRequests(StrategyFixtures.VANCOUVER)).isEmpty();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
