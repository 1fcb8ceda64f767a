package org.twinningregistry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.partnerfinder.PartnerSize;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.workflow.ReviewWorkflow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, in English and in French, over the demo data, checked by axe-core in
 * Chromium: any violation of its rules (WCAG 2.x A and AA, best practices) fails the
 * test, named with the page, the rule and the elements. axe's script comes from its Maven
 * package and is injected into the page (no network). Each page is also kept as a
 * screenshot at 1366 and at 390 px ({@code target/screenshots/pages/}), the artifacts a
 * reviewer looks at.
 *
 */
class AccessibilityBrowserTests extends BrowserTestSupport {

	/** The pages anyone sees. */
	private static final List<String> PUBLIC = List.of("/", "/governments", "/governments/CA-QC-montreal",
			"/governments/KR-11", "/agreements", "/agreements/CA-QC-montreal_KR-11", "/engagements",
			"/engagements/demo-e13", "/statistics?country=CA", "/statistics/bilateral?country=CA&partner=KR",
			"/statistics/subdivisions/CA-BC", "/statistics/governments/CA-QC-montreal", "/statistics/map?country=CA",
			"/governments/CA-BC-burnaby/brief", "/reporting", "/imports", "/imports/pairs", "/about", "/login",
			"/governments/CA-BC-burnaby", "/strategies/CA-BC-burnaby", "/plans/demo-p01",
			"/agreements/CA-BC-burnaby_KR-41-hwaseong", "/statistics/accountability/CA-BC?year=2024",
			"/partners/seeking", "/partner-requests/PR-CA-BC-burnaby-1",
			"/governments/CA-BC-burnaby/partners?country=KR");

	/** The pages of a curator and administrator. */
	private static final List<String> SIGNED_IN = List.of("/revisions", "/account", "/accounts", "/governments/new",
			"/governments/CA-QC-montreal/edit", "/agreements/new", "/agreements/CA-QC-montreal_KR-11/edit",
			"/engagements/new?agreement=CA-QC-montreal_KR-11", "/engagements/demo-e13/edit",
			"/engagements/draft-orchestra", "/imports", "/strategies/CA-BC-burnaby/edit",
			"/plans/new?agreement=CA-BC-burnaby_KR-41-hwaseong", "/plans/demo-p01/edit",
			"/partner-requests/new?government=CA-BC-burnaby", "/governments/CA-BC-burnaby/partners?country=KR");

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoData(@Autowired DataPackageImporter importer, @Autowired EngagementLog engagements,
			@Autowired ReviewWorkflow workflow, @Autowired SeekingList seeking) {
		RegistryDatabase.clear(this.jdbc);
		loadDemoData(importer);
		// a government seeking partners, for the seeking list and a request's page
		SystemCurator.call(() -> seeking.create(new PartnerRequestValues(new GovernmentId("CA-BC-burnaby"),
				List.of("KR", "JP"), List.of(Category.ECONOMY, Category.YOUTH), new PartnerSize(50000L, 2000000L),
				GovernmentLevel.LOCAL, new Statement("Trade and youth exchanges.", "Commerce et jeunesse.", null, null),
				new Office("International Relations Office", "intl@burnaby.example", "https://burnaby.example"),
				LocalDate.now().plusYears(1))));
		// a submitted draft, so that the review queue and a revision panel have something
		ApiTestSupport.as("montreal-reporter", new Grant(RegistryRole.REPORTER, "CA-QC-montreal"), () -> {
			engagements.record(new EngagementId("draft-orchestra"),
					new EngagementValues(new AgreementId("CA-QC-montreal_KR-11"), 2025, PartialDate.parse("2025-06"),
							null, Category.CULTURE, "CA-QC-montreal", EngagementForm.EVENT, EngagementMode.IN_PERSON,
							40, null, null, null, "Youth orchestra tour", null, null));
			workflow.submit(EngagementLog.ref(new EngagementId("draft-orchestra")));
		});
		browser.manage().deleteAllCookies();
	}

	@Test
	void everyMainPageInBothLanguagesHasNoAxeViolation() {
		SoftAssertions softly = new SoftAssertions();
		check(PUBLIC, "public", softly);
		signIn();
		check(SIGNED_IN, "signed-in", softly);
		softly.assertAll();
	}

	@Test
	void aViolationIsReported() {
		// given: a picture without a text alternative put into a page
		open("/about");
		browser.executeScript("""
				const picture = document.createElement('img');
				picture.src = '/favicon.ico';
				document.querySelector('main').append(picture);""");

		// when
		Results results = new AxeBuilder().analyze(browser);

		// then: the check above can fail
		assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt");
	}

	private void check(List<String> pages, String who, SoftAssertions softly) {
		for (String language : List.of("en", "fr")) {
			for (String page : pages) {
				open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
				String name = who + name(page) + "-" + language;
				width(WIDE);
				settle();
				Results results = new AxeBuilder().analyze(browser);
				softly.assertThat(results.getErrorMessage()).as("axe ran on %s", name).isNull();
				softly.assertThat(results.getViolations().stream().map(AccessibilityBrowserTests::describe).toList())
					.as("axe's violations on %s (%s)", page, language)
					.isEmpty();
				shoot(name);
			}
		}
	}

	/** Screenshots of the page at 1366 and 390 px. */
	private void shoot(String name) {
		for (int width : List.of(WIDE, NARROW)) {
			width(width);
			settle();
			HeadlessChromium.screenshot(browser, "pages/" + name + "-" + width);
		}
		width(WIDE);
	}

	/** Waits until the page's scripts have drawn it (charts, the map). */
	private static void settle() {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> (Boolean) browser.executeScript(
				"return [...document.querySelectorAll('[data-chart], #map')].every(e => e.dataset.rendered === 'true')"));
	}

	private static String name(String page) {
		String name = page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
		return name.isEmpty() || name.equals("-") ? "-home" : name;
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes()
					.stream()
					.map(node -> String.valueOf(node.getTarget()))
					.collect(Collectors.joining(", "));
	}

}
