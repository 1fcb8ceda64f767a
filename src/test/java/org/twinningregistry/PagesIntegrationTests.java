package org.twinningregistry;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The server-rendered pages as a visitor and a curator use them, over the real facades
 * and database: names shown exactly, both languages, forms that report errors beside
 * their fields and refuse to overwrite a concurrent change, and pages that only curators
 * may use.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagesIntegrationTests {

	private static final GovernmentId HWASEONG = new GovernmentId("KR-41-hwaseong");

	private static final GovernmentId MONTREAL = new GovernmentId("CA-QC-montreal");

	private static final GovernmentId ASSOMPTION = new GovernmentId("CA-QC-lassomption");

	private static final AgreementId TWINNING = new AgreementId("montreal-hwaseong");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private AgreementRegistry agreements;

	@Autowired
	private EngagementLog engagements;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@BeforeEach
	void registry() {
		RegistryDatabase.clear(this.jdbc);
		SystemCurator.call(() -> {
			this.gazetteer.register(HWASEONG, government("Hwaseong", null, "화성시", "KR", "KR-41"));
			this.gazetteer.register(MONTREAL, government("Montréal", "Montréal", null, "CA", "CA-QC"));
			this.gazetteer.register(ASSOMPTION, government("L'Assomption", null, null, "CA", "CA-QC"));
			this.agreements.register(TWINNING,
					new AgreementValues(MONTREAL, HWASEONG, AgreementType.SISTER, PartialDate.parse("2008-05"),
							AgreementStatus.ACTIVE, null, null, null, null, null, List.of(Category.CULTURE),
							"https://example.org/council/2008-17", null));
			this.engagements.record(new EngagementId("lanterns"),
					engagement(2010, Category.CULTURE, HWASEONG.value(), "Lantern festival delegation"));
			return this.engagements.record(new EngagementId("camp"),
					engagement(2012, Category.YOUTH, EngagementValues.BOTH, "Joint youth camp"));
		});
	}

	@Test
	void homeShowsHeadlineCounts() throws Exception {
		// given the registry above
		// when
		String page = visibleText(page(get("/")));
		// then
		assertThat(page).contains("3 governments", "1 agreements", "2 engagements");
	}

	@Test
	void homeShowsTheNewestAgreementsAndEngagementsAndASmallMap() throws Exception {
		// given: an agreement signed later than the registry's other one
		SystemCurator.call(() -> this.agreements.register(new AgreementId("assomption-hwaseong"),
				new AgreementValues(ASSOMPTION, HWASEONG, AgreementType.FRIENDSHIP, PartialDate.parse("2019"),
						AgreementStatus.ACTIVE, null, null, null, null, null, List.of(), null, null)));

		// when
		MvcResult home = page(get("/").locale(java.util.Locale.ENGLISH));
		MvcResult accueil = page(get("/").param("lang", "fr"));

		// then: the newest signing first; the latest year first
		assertThat(visibleText(home)).containsSubsequence("Newest agreements", "L'Assomption and Hwaseong",
				"Friendship, signed 2019", "Montréal and Hwaseong", "Sister, signed 2008-05", "Latest engagements",
				"Joint youth camp", "2012", "Youth", "Montréal and Hwaseong", "Lantern festival delegation", "2010",
				"Relationships of Canada's governments", "Open the map");
		assertThat(body(home)).contains("id=\"map\"", "data-source=\"/api/v1/statistics/map?country=CA\"", "/js/map-");
		assertThat(visibleText(accueil)).contains("Derniers accords signés", "Derniers échanges", "Ouvrir la carte");
	}

	@Test
	void governmentPageShowsNamesExactlyAsStored() throws Exception {
		// given the registry above
		// when
		MvcResult hwaseong = page(get("/governments/{id}", HWASEONG.value()));
		MvcResult assomption = page(get("/governments/{id}", ASSOMPTION.value()));
		// then
		assertThat(visibleText(hwaseong)).contains("Hwaseong 화성시", "South Korea", "Montréal",
				"Lantern festival delegation");
		assertThat(body(assomption)).contains("L&#39;Assomption").doesNotContain("&amp;#39;");
		assertThat(visibleText(assomption)).contains("L'Assomption");
	}

	@Test
	void agreementPageListsEngagementsByYearWithTheirOrigin() throws Exception {
		// given the registry above
		// when
		String page = visibleText(page(get("/agreements/{id}", TWINNING.value())));
		// then
		assertThat(page).contains("Montréal and Hwaseong", "Signed 2008-05", "Yes, current today", "Culture")
			.containsSubsequence("Engagements by year", "2010", "Lantern festival delegation", "Initiated by Hwaseong",
					"2012", "Joint youth camp", "Initiated by Both sides");
	}

	@Test
	void frenchPageShowsFrenchLabelsAndCountryNames() throws Exception {
		// given
		String southKorea = Locale.of("", "KR").getDisplayCountry(Locale.FRENCH);
		// when
		MvcResult french = page(get("/governments/{id}", HWASEONG.value()).param("lang", "fr"));
		MvcResult next = page(get("/agreements").cookie(french.getResponse().getCookies()));
		// then
		assertThat(visibleText(french)).contains("Gouvernements", "Pays " + southKorea, "Niveau Local",
				"Échanges par année", "À l’initiative de Hwaseong");
		assertThat(body(french)).contains("<html lang=\"fr\"");
		assertThat(visibleText(next)).contains("Ententes", "Jumelage");
	}

	@Test
	void unreadableLanguageChoiceFallsBackToEnglish() throws Exception {
		// when
		MvcResult page = page(get("/about").param("lang", "<script>x</script>"));
		// then
		assertThat(body(page)).contains("<html lang=\"en\"");
	}

	@Test
	void curatorFormWithBadValuesShowsErrorsBesideFieldsAndWritesNothing() throws Exception {
		// given
		MockHttpServletRequestBuilder create = post("/governments/new").with(ApiTestSupport.curatorUser())
			.with(csrf())
			.param("name", "Laval")
			.param("country", "CA")
			.param("subdivision", "CA-QC")
			.param("level", "LOCAL")
			.param("latitude", "95")
			.param("longitude", "-73.7");
		// when
		String page = body(page(create));
		String typo = body(page(post("/governments/new").with(ApiTestSupport.curatorUser())
			.with(csrf())
			.param("name", "Laval")
			.param("country", "CA")
			.param("subdivision", "CA-QC")
			.param("level", "LOCAL")
			.param("population", "many")));
		// then
		assertThat(page).contains("id=\"latitude-error\">Must be between -90 and 90.</p>").contains("value=\"Laval\"");
		assertThat(typo).contains("id=\"population-error\">Expected a whole number of digits only, e.g. 1200.</p>");
		assertThat(this.gazetteer.count()).isEqualTo(3);
	}

	@Test
	void governmentFormHasEachFieldOnce() throws Exception {
		// given: a fragment named like an element ("select") also pulled in every such
		// element of the fragments file, so a second, empty country field was posted too
		// when
		String page = body(page(get("/governments/new").with(ApiTestSupport.curatorUser())));
		// then
		assertThat(page.split("name=\"country\"", -1)).hasSize(2);
		assertThat(page.split("<select", -1)).hasSize(3);
	}

	@Test
	void staleEditShowsConcurrentChangeAndKeepsTheOtherEdit() throws Exception {
		// given someone else saves first
		long opened = this.gazetteer.get(MONTREAL).version();
		SystemCurator.call(() -> this.gazetteer.update(MONTREAL, opened,
				government("Montréal (ville)", "Montréal", null, "CA", "CA-QC")));
		// when
		String page = body(page(post("/governments/{id}/edit", MONTREAL.value()).with(ApiTestSupport.curatorUser())
			.with(csrf())
			.param("id", MONTREAL.value())
			.param("version", String.valueOf(opened))
			.param("name", "Montreal")
			.param("country", "CA")
			.param("subdivision", "CA-QC")
			.param("level", "LOCAL")));
		// then
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Someone else changed this record after you opened it");
		assertThat(this.gazetteer.get(MONTREAL).values().name()).isEqualTo("Montréal (ville)");
	}

	@Test
	void curatorRecordsAnEngagementAndSeesItOnTheAgreementPage() throws Exception {
		// given
		MockHttpServletRequestBuilder record = post("/engagements/new").with(ApiTestSupport.curatorUser())
			.with(csrf())
			.param("agreement", TWINNING.value())
			.param("year", "2015")
			.param("category", "ECONOMY")
			.param("origin", MONTREAL.value())
			.param("form", "DELEGATION")
			.param("mode", "IN_PERSON")
			.param("title", "Trade mission");
		// when
		MvcResult saved = this.mvc.perform(record).andReturn();
		// then
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/agreements/" + TWINNING.value());
		assertThat(visibleText(page(get("/agreements/{id}", TWINNING.value())))).containsSubsequence("2015",
				"Trade mission", "Economy", "Delegation", "Initiated by Montréal");
	}

	@Test
	void listsFilterCaseAndAccentInsensitively() throws Exception {
		// given the registry above
		// when
		String governments = visibleText(page(get("/governments").param("q", "MONTREAL")));
		String korean = visibleText(page(get("/governments").param("q", "화성")));
		String youth = visibleText(page(get("/engagements").param("category", "YOUTH")));
		String agreements = visibleText(
				page(get("/agreements").param("partnerCountry", "KR").param("fromYear", "2008")));
		// then
		assertThat(governments).contains("One government", "Montréal").doesNotContain("Hwaseong");
		assertThat(korean).contains("One government", "Hwaseong", "화성시");
		assertThat(youth).contains("One engagement", "Joint youth camp", "Both sides")
			.doesNotContain("Lantern festival");
		assertThat(agreements).contains("One agreement", "Montréal", "Hwaseong", "Sister", "2008-05");
	}

	@Test
	void curatorFormsOpenFilledIn() throws Exception {
		// given
		MockHttpServletRequestBuilder[] forms = { get("/governments/new"),
				get("/governments/{id}/edit", MONTREAL.value()), get("/agreements/new"),
				get("/agreements/{id}/edit", TWINNING.value()),
				get("/engagements/new").param("agreement", TWINNING.value()), get("/engagements/{id}/edit", "camp") };
		// when
		List<String> pages = new java.util.ArrayList<>();
		for (MockHttpServletRequestBuilder form : forms) {
			pages.add(HtmlUtils.htmlUnescape(body(page(form.with(ApiTestSupport.curatorUser())))));
		}
		// then
		assertThat(pages.get(1)).contains("value=\"Montréal\"", "name=\"version\"");
		assertThat(pages.get(3)).contains("value=\"2008-05\"", "value=\"CA-QC-montreal\"");
		assertThat(pages.get(4)).contains("<option value=\"KR-41-hwaseong\">Hwaseong</option>");
		assertThat(pages.get(5)).contains("value=\"Joint youth camp\"");
	}

	@Test
	void anonymousVisitorsCannotOpenOrPostCuratorForms() throws Exception {
		// given no signed-in user
		// when
		MvcResult open = this.mvc.perform(get("/governments/new")).andReturn();
		MvcResult postWithToken = this.mvc
			.perform(post("/governments/new").with(csrf())
				.param("name", "Laval")
				.param("country", "CA")
				.param("subdivision", "CA-QC")
				.param("level", "LOCAL"))
			.andReturn();
		MvcResult postWithoutToken = this.mvc.perform(post("/governments/new").param("name", "Laval")).andReturn();
		// then
		assertThat(open.getResponse().getStatus()).isEqualTo(302);
		assertThat(open.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(postWithToken.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(postWithoutToken.getResponse().getStatus()).isEqualTo(403);
		assertThat(this.gazetteer.count()).isEqualTo(3);
	}

	@Test
	void unknownRecordShowsTheNotFoundPage() throws Exception {
		// given no such government
		// when
		MvcResult missing = this.mvc.perform(get("/governments/{id}", "nowhere")).andReturn();
		// then
		assertThat(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(visibleText(missing)).contains("Page not found");
	}

	@Test
	void signInPageShowsItsFormAndTheFailure() throws Exception {
		// given
		// when
		MvcResult failed = page(get("/login").param("error", ""));
		// then
		assertThat(visibleText(failed)).contains("User name", "Password", "The user name or password is wrong.");
		assertThat(body(failed)).contains("name=\"_csrf\"");
	}

	private MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The page's text as a reader sees it: no tags, entities decoded, white space
	 * squeezed.
	 */
	private static String visibleText(MvcResult result) throws Exception {
		String html = body(result).replaceAll("(?s)<(script|style|head)[^>]*>.*?</\\1>", " ");
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
	}

	@Test
	void aPageRequestReadsAGovernmentOnceAndAgainOnceAWriteBegins() {
		// given: a GET request reading in read-only transactions
		TransactionTemplate reading = new TransactionTemplate(this.transactions);
		reading.setReadOnly(true);
		RequestContextHolder.setRequestAttributes(
				new ServletRequestAttributes(new MockHttpServletRequest("GET", "/governments/CA-QC-montreal")));
		try {
			long version = reading.execute(status -> this.gazetteer.get(MONTREAL)).version();
			// when the row changes behind the registry's back, the request still shows
			// what it read
			this.jdbc.sql("UPDATE government SET name = 'Ville-Marie' WHERE id = :id")
				.param("id", MONTREAL.value())
				.update();
			String remembered = reading.execute(status -> this.gazetteer.get(MONTREAL)).values().name();
			// and once a transaction that may write has begun, it reads again
			SystemCurator.call(() -> this.gazetteer.update(MONTREAL, version,
					government("Montréal (ville)", "Montréal", null, "CA", "CA-QC")));
			String reread = reading.execute(status -> this.gazetteer.get(MONTREAL)).values().name();
			// then
			assertThat(remembered).isEqualTo("Montréal");
			assertThat(reread).isEqualTo("Montréal (ville)");
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private static GovernmentValues government(String name, String nameFr, String nameLocal, String country,
			String subdivision) {
		return new GovernmentValues(name, nameFr, nameLocal, country, subdivision, GovernmentLevel.LOCAL, null, null,
				null, null, null, null);
	}

	private static EngagementValues engagement(int year, Category category, String origin, String title) {
		return new EngagementValues(TWINNING, year, null, null, category, origin, EngagementForm.DELEGATION,
				EngagementMode.IN_PERSON, null, null, null, null, title, null, null);
	}

}
