package org.twinningregistry;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.account.Accounts;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.reporting.ReportReview;
import org.twinningregistry.reporting.ReportSubmission;
import org.twinningregistry.reporting.SubmitReport;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.importexport.DataPackageFixtures;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.strategy.DecideRelationship;
import org.twinningregistry.strategy.Decision;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanValues;
import org.twinningregistry.strategy.PlannedActivity;
import org.twinningregistry.strategy.RelationshipDecisions;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StrategyBook;
import org.twinningregistry.strategy.StrategyValues;
import org.twinningregistry.workflow.ReviewWorkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.HostileText.PAYLOAD;
import static org.twinningregistry.HostileText.SCRIPT_URL;
import static org.twinningregistry.HostileText.in;

/**
 * Script and markup typed into every free-text field come out inert, as the same text, on
 * every page that shows them, in a real headless Chromium: a curator types them into the
 * government, agreement and engagement forms, more arrive through the facades, an
 * uploaded pairs list and data package, search boxes and malformed addresses. On each
 * page nothing of them runs or becomes an element (no {@code window.__xss}, no
 * {@code [data-xss]}, no inline script or event handler, no {@code javascript:} link),
 * the text appears literally (escaped, not dropped), and Chromium reports no breach of
 * the Content-Security-Policy. The policy alone would stop inline handlers, so the DOM
 * checks are what prove the escaping.
 *
 * <p>
 * A new page or field is covered by adding a {@link Visit} to a list below (and a value
 * made with {@link HostileText#in} to the records).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileTextBrowserTests {

	private static final GovernmentId HOME = new GovernmentId("CA-BC-xq");

	private static final GovernmentId PARTNER = new GovernmentId("KR-11-xq");

	private static final GovernmentId THIRD = new GovernmentId("US-WA-xq");

	private static final AgreementId TYPED = new AgreementId("xq-typed");

	private static final AgreementId STORED = new AgreementId("xq-stored");

	/** A web address that stays a link, with quotes and markup after it. */
	private static final String LINK = "https://example.org/?q=\"><i/data-xss=1>'onmouseover='window.__xss=1";

	/**
	 * Everything a page may have let through: any of it found is a failure, described.
	 */
	private static final String BREACHES = """
			const found = [];
			if (typeof window.__xss !== 'undefined') { found.push('window.__xss is ' + window.__xss); }
			const describe = e => e.outerHTML.slice(0, 120);
			document.querySelectorAll('[data-xss]').forEach(e => found.push('marker element: ' + describe(e)));
			document.querySelectorAll('script:not([src])').forEach(e => found.push('inline script: ' + describe(e)));
			document.querySelectorAll('*').forEach(e => {
			  for (const a of e.attributes) {
			    if (/^on/i.test(a.name)) { found.push('event handler: ' + describe(e)); }
			    if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\\s*javascript:/i.test(a.value)) {
			      found.push('script address: ' + describe(e));
			    }
			  }
			});
			return found;""";

	/** The text a person sees or can edit on the page. */
	private static final String TEXT = """
			const parts = [document.title, document.body.textContent];
			document.querySelectorAll('input, textarea').forEach(e => parts.push(e.value));
			document.querySelectorAll('option').forEach(e => parts.push(e.label, e.value));
			return parts.join('\\n');""";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Value("${registry.bootstrap.username}")
	String username;

	@Value("${registry.bootstrap.password}")
	String password;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	AgreementRegistry agreements;

	@Autowired
	EngagementLog engagements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	ReportSubmission reports;

	@Autowired
	ReportReview review;

	@Autowired
	Accounts accounts;

	@Autowired
	StrategyBook strategies;

	@Autowired
	PlanBook plans;

	@Autowired
	RelationshipDecisions decisions;

	private SoftAssertions softly;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void registry() {
		RegistryDatabase.clear(this.jdbc);
		SystemCurator.call(() -> {
			this.gazetteer.register(PARTNER, government(in("Xq-partner"), in("Xq-partnerFr"), in("Xq-partnerLocal"),
					"KR", "KR-11", 37.5, 127.0));
			this.gazetteer.register(THIRD,
					government(in("Xq-third"), null, in("Xq-thirdLocal"), "US", "US-WA", 47.6, -122.3));
			return null;
		});
		browser.manage().deleteAllCookies();
		this.softly = new SoftAssertions();
	}

	@AfterEach
	void report() {
		this.softly.assertAll();
	}

	@Test
	void recordsTypedIntoTheFormsComeOutInertOnEveryPage() {
		// given: a curator types the hostile text into every free-text field
		signIn();
		typeGovernment();
		typeAgreement();
		String typed = typeEngagement();
		String stored = storeRecords();

		// when, then
		for (Visit visit : List.of(new Visit("home", "/"),
				new Visit("governments", "/governments", in("Xq-name"), in("Xq-nameLocal"), in("Xq-partner"),
						in("Xq-partnerLocal")),
				new Visit("government", "/governments/" + HOME.value(), in("Xq-name"), in("Xq-nameFr"),
						in("Xq-nameLocal"), in("Xq-partner"), in("Xq-partnerLocal"), in("Xq-third")),
				new Visit("government-partner", "/governments/" + PARTNER.value(), in("Xq-partner"), in("Xq-partnerFr"),
						in("Xq-partnerLocal"), in("Xq-name")),
				new Visit("government-edit", "/governments/" + HOME.value() + "/edit", in("Xq-name"), in("Xq-nameFr"),
						in("Xq-nameLocal")),
				new Visit("agreements", "/agreements", in("Xq-name"), in("Xq-partner"), in("Xq-third")),
				new Visit("agreement", "/agreements/" + TYPED.value(), in("Xq-name"), in("Xq-nameLocal"),
						in("Xq-partner"), in("Xq-partnerLocal"), in("Xq-resolution"), SCRIPT_URL, in("Xq-notes"),
						in("Xq-title"), in("Xq-description")),
				new Visit("agreement-stored", "/agreements/" + STORED.value(), LINK, in("Xq-resolution2"),
						in("Xq-notes2"), in("Xq-title2"), in("Xq-description2")),
				new Visit("agreement-edit", "/agreements/" + TYPED.value() + "/edit", in("Xq-resolution"), SCRIPT_URL,
						in("Xq-notes")),
				new Visit("agreement-new", "/agreements/new?party=" + HOME.value(), in("Xq-name"), in("Xq-partner")),
				new Visit("engagements", "/engagements", in("Xq-title"), in("Xq-title2"), in("Xq-name"),
						in("Xq-partner")),
				new Visit("engagement-edit", "/engagements/" + typed + "/edit", in("Xq-title"), in("Xq-description"),
						SCRIPT_URL),
				new Visit("engagement-edit-stored", "/engagements/" + stored + "/edit", in("Xq-title2"),
						in("Xq-description2"), in("Xq-source2")),
				new Visit("engagement-new", "/engagements/new?agreement=" + TYPED.value(), in("Xq-name"),
						in("Xq-partner")),
				new Visit("statistics", "/statistics?country=CA"),
				new Visit("statistics-bilateral", "/statistics/bilateral?country=CA&partner=KR"),
				new Visit("statistics-province", "/statistics/subdivisions/CA-BC"),
				new Visit("scorecard", "/statistics/governments/" + HOME.value(), in("Xq-name"), in("Xq-partner")),
				new Visit("scorecard-partner", "/statistics/governments/" + PARTNER.value(), in("Xq-partner"),
						in("Xq-name")),
				new Visit("agreement-french", "/agreements/" + TYPED.value() + "?lang=fr", in("Xq-nameFr"),
						in("Xq-resolution"), in("Xq-notes"), in("Xq-title")))) {
			check(visit);
		}
		open("/agreements/" + STORED.value());
		this.softly.assertThat(browser.findElements(By.cssSelector("a[rel=noopener]")))
			.extracting(link -> link.getDomAttribute("href"))
			.as("the stored source, a web address, is a link to exactly that address")
			.containsExactly(LINK);
	}

	@Test
	void reviewsReportsAndTokensShowTheirTextInert() {
		// given: a reporter's draft with hostile notes, returned with a hostile reason;
		// an
		// annual report with a hostile note, returned the same way; a token with a
		// hostile
		// name
		storeRecords();
		AgreementId draft = new AgreementId("xq-draft");
		Grant reporter = new Grant(RegistryRole.REPORTER, HOME.value());
		Grant reviewer = new Grant(RegistryRole.REVIEWER, "CA-BC");
		ApiTestSupport.as("xq-reporter", reporter, () -> {
			this.agreements.register(draft, agreement(HOME, PARTNER, null, null, in("Xq-draftNotes")));
			this.workflow.submit(AgreementRegistry.ref(draft));
			this.reports.submit(new SubmitReport(HOME, 2024, false, in("Xq-reportNote"), null));
		});
		ApiTestSupport.as("xq-reviewer", reviewer, () -> {
			this.workflow.returnForRevision(AgreementRegistry.ref(draft), in("Xq-returnReason"));
			this.review.returnForRevision(HOME, 2024, in("Xq-reportReason"), null);
		});
		// a token's name has at most 100 characters
		String token = "Xq-token <i data-xss=\"1\">x</i><script>window.__xss=1</script>\"><svg onload=\"window.__xss=1\">";
		ApiTestSupport.as(this.username, Grant.everywhere(RegistryRole.CURATOR),
				() -> this.accounts.issueToken(token, null));
		signIn();

		// when, then
		for (Visit visit : List.of(
				new Visit("draft", "/agreements/" + draft.value(), in("Xq-draftNotes"), in("Xq-returnReason")),
				new Visit("review-queue", "/revisions"),
				new Visit("government-reports", "/governments/" + HOME.value(), in("Xq-reportNote"),
						in("Xq-reportReason")),
				new Visit("reporting", "/reporting/2024?scope=CA", in("Xq-name")),
				new Visit("account", "/account", token), new Visit("accounts", "/accounts"))) {
			check(visit);
		}
		this.softly.assertThat(SystemCurator.call(() -> this.workflow.history(AgreementRegistry.ref(draft))))
			.as("the return reason is in the history")
			.anySatisfy(entry -> assertThat(entry.reason()).isEqualTo(in("Xq-returnReason")));
	}

	@Test
	void strategiesPlansAndDecisionsShowTheirTextInert() {
		// given: a strategy, a plan and a decision about a dormant relationship, each
		// with
		// the hostile text in its free text
		storeRecords();
		SystemCurator.call(() -> {
			this.strategies.put(new StrategyValues(HOME, List.of(Category.CULTURE),
					new Statement(in("Xq-statement"), in("Xq-statementFr"), "ko", in("Xq-statementKo")), List.of(),
					new Office(in("Xq-office"), null, null), null, null), null);
			this.plans.propose(new PlanId("xq-plan"),
					new PlanValues(STORED, 2024, 2025, List.of(new PlannedActivity(null, 2024, Category.CULTURE, null,
							PlannedActivity.BOTH, 3, in("Xq-activity"), in("Xq-planNotes")))));
			this.agreements.register(TYPED, agreement(HOME, PARTNER, null, null, null));
			this.decisions.decide(new DecideRelationship(HOME, TYPED, Decision.KEEP, in("Xq-decision"), null));
			return null;
		});
		signIn();

		// when, then
		for (Visit visit : List.of(
				new Visit("strategy", "/strategies/" + HOME.value(), in("Xq-statement"), in("Xq-statementKo"),
						in("Xq-office")),
				new Visit("strategy-edit", "/strategies/" + HOME.value() + "/edit", in("Xq-statement"),
						in("Xq-statementFr"), in("Xq-office")),
				new Visit("government-strategy", "/governments/" + HOME.value(), in("Xq-statement"), in("Xq-decision")),
				new Visit("plan", "/plans/xq-plan", in("Xq-activity"), in("Xq-name")),
				new Visit("plan-edit", "/plans/xq-plan/edit", in("Xq-activity"), in("Xq-planNotes")),
				new Visit("agreement-plans", "/agreements/" + STORED.value(), in("Xq-activity")),
				new Visit("accountability", "/statistics/accountability/CA-BC", in("Xq-name"), in("Xq-decision")))) {
			check(visit);
		}
	}

	@Test
	void mapTooltipsShowNamesAsText() {
		// given
		storeRecords();
		SystemCurator.call(() -> this.agreements.register(TYPED, agreement(HOME, PARTNER, null, null, null)));

		// when: every line is hovered, which opens its tooltip
		open("/statistics/map?country=CA");
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("map"), "data-rendered", "true"));
		browser.executeScript("""
				document.querySelectorAll('#map path.line-active, #map path.line-dormant')
				  .forEach(line => line.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));""");

		// then
		this.softly.assertThat(browser.findElements(By.cssSelector(".leaflet-tooltip"))).hasSize(2);
		check("map", List.of(in("Xq-name") + " – " + in("Xq-partner"), in("Xq-name") + " – " + in("Xq-third")));
	}

	@Test
	void searchesFormErrorsAndErrorPagesEchoTextInert() {
		// given
		signIn();
		String query = URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8);

		// when, then
		for (Visit visit : List.of(new Visit("search-governments", "/governments?q=" + query, PAYLOAD),
				new Visit("search-governments-subdivision", "/governments?subdivision=" + query, PAYLOAD),
				new Visit("search-agreements", "/agreements?q=" + query, PAYLOAD),
				new Visit("search-engagements", "/engagements?q=" + query, PAYLOAD),
				new Visit("filter-engagements", "/engagements?government=" + query + "&agreement=" + query),
				new Visit("filter-level", "/governments?level=" + query),
				new Visit("statistics-invalid", "/statistics?country=" + query + "&asOf=" + query),
				new Visit("statistics-bilateral-invalid", "/statistics/bilateral?country=CA&partner=" + query),
				new Visit("not-found", "/agreements/" + query), new Visit("not-found-id", "/governments/%3Cb%3E"),
				new Visit("engagement-new-unknown", "/engagements/new?agreement=" + query),
				new Visit("government-new-from-place", "/governments/new?geonames=" + query),
				new Visit("import-job-unknown", "/imports?job=" + query), new Visit("pairs", "/imports/pairs"),
				new Visit("language", "/about?lang=" + query), new Visit("sign-in-error", "/login?error"))) {
			check(visit);
		}

		// when: the forms are sent back with hostile text where codes and ids belong
		open("/governments/new");
		type("id", in("Xq-id"));
		type("name", in("Xq-name"));
		type("subdivision", in("Xq-subdivision"));
		type("parent", in("Xq-parent"));
		submit("form.form");
		check("government-errors", List.of(in("Xq-id"), in("Xq-name"), in("Xq-subdivision"), in("Xq-parent")));
		open("/agreements/new");
		type("partyA", in("Xq-partyA"));
		type("partyB", in("Xq-partyB"));
		type("signed", in("Xq-signed"));
		type("supersedes", in("Xq-supersedes"));
		submit("form.form");
		check("agreement-errors", List.of(in("Xq-partyA"), in("Xq-partyB"), in("Xq-signed"), in("Xq-supersedes")));
	}

	@Test
	void importReportsEchoUploadedTextInert() throws IOException {
		// given
		signIn();
		Path pairs = Files.createTempFile("hostile-pairs", ".csv");
		Files.writeString(pairs, "city1,country1,city2,country2\n" + String.join(",", HostileText.csv(in("Xq-city1")),
				HostileText.csv(in("Xq-country1")), HostileText.csv(in("Xq-city2")), "Canada") + "\n");
		Map<String, String> files = new LinkedHashMap<>(DataPackageFixtures.goodPackage());
		files.put("governments.csv",
				"id,name,name_fr,name_local,country,subdivision,level\n"
						+ String.join(",", "xq-imported", HostileText.csv(in("Xq-imported")),
								HostileText.csv(in("Xq-importedFr")), HostileText.csv(in("Xq-importedLocal")),
								HostileText.csv(in("Xq-country")), HostileText.csv(in("Xq-subdivision")), "LOCAL")
						+ "\n");
		Path zip = Files.createTempFile("hostile-package", ".zip");
		Files.write(zip, DataPackageFixtures.zip(files));

		// when: a pairs list is checked
		open("/imports/pairs");
		browser.findElement(By.id("file")).sendKeys(pairs.toString());
		submit("form.form");

		// then
		check("pairs-report", List.of(in("Xq-city1"), in("Xq-country1"), in("Xq-city2")));

		// when: a data package is imported
		open("/imports");
		browser.findElement(By.id("file")).sendKeys(zip.toString());
		submit("#upload");

		// then
		this.softly.assertThat(browser.findElements(By.id("errors"))).as("the import's errors").isNotEmpty();
		check("import-report", List.of(in("Xq-country"), in("Xq-subdivision")));
		Files.delete(pairs);
		Files.delete(zip);
	}

	private void typeGovernment() {
		open("/governments/new");
		type("id", HOME.value());
		type("name", in("Xq-name"));
		type("nameFr", in("Xq-nameFr"));
		type("nameLocal", in("Xq-nameLocal"));
		new Select(browser.findElement(By.id("country"))).selectByValue("CA");
		type("subdivision", "CA-BC");
		type("latitude", "49.2");
		type("longitude", "-123.1");
		submit("form.form");
		assertSaved("government");
	}

	private void typeAgreement() {
		open("/agreements/new");
		type("id", TYPED.value());
		type("partyA", HOME.value());
		type("partyB", PARTNER.value());
		type("signed", "2015");
		type("councilResolution", in("Xq-resolution"));
		type("source", SCRIPT_URL);
		type("notes", in("Xq-notes"));
		submit("form.form");
		assertSaved("agreement");
	}

	/** Types an engagement under the typed agreement and answers its id. */
	private String typeEngagement() {
		open("/engagements/new?agreement=" + TYPED.value());
		type("title", in("Xq-title"));
		type("year", "2019");
		new Select(browser.findElement(By.id("category"))).selectByValue(Category.CULTURE.name());
		new Select(browser.findElement(By.id("origin"))).selectByValue(EngagementValues.BOTH);
		type("description", in("Xq-description"));
		type("source", SCRIPT_URL);
		submit("form.form");
		assertSaved("engagement");
		return this.jdbc.sql("SELECT id FROM engagement WHERE agreement_id = ?")
			.param(TYPED.value())
			.query(String.class)
			.single();
	}

	/**
	 * Stores, through the facades, an agreement of the home government with the third one
	 * whose source is a web address, and an engagement under it; answers the engagement's
	 * id.
	 */
	private String storeRecords() {
		return SystemCurator.call(() -> {
			if (this.gazetteer.find(HOME).isEmpty()) {
				this.gazetteer.register(HOME, government(in("Xq-name"), null, null, "CA", "CA-BC", 49.2, -123.1));
			}
			this.agreements.register(STORED, agreement(HOME, THIRD, in("Xq-resolution2"), LINK, in("Xq-notes2")));
			return this.engagements
				.record(null,
						new EngagementValues(STORED, 2020, PartialDate.parse("2020-05"), null, Category.ECONOMY,
								EngagementValues.BOTH, null, EngagementMode.VIRTUAL, 12, null, null, null,
								in("Xq-title2"), in("Xq-description2"), in("Xq-source2")))
				.id()
				.value();
		});
	}

	private void signIn() {
		open("/login");
		type("username", this.username);
		type("password", this.password);
		submit("form.form");
		assertThat(browser.findElements(By.cssSelector(".user"))).as("signed in").isNotEmpty();
	}

	private void check(Visit visit) {
		open(visit.path());
		check(visit.name(), visit.texts());
	}

	/**
	 * Checks the page shown: nothing hostile let through, each text shown as it was
	 * entered, no report of the Content-Security-Policy.
	 */
	@SuppressWarnings("unchecked")
	private void check(String name, List<String> texts) {
		HeadlessChromium.screenshot(browser, "hostile-" + name);
		this.softly.assertThat((List<String>) browser.executeScript(BREACHES))
			.as("%s (%s): what the hostile text let through", name, browser.getCurrentUrl())
			.isEmpty();
		String shown = (String) browser.executeScript(TEXT);
		for (String text : texts) {
			this.softly.assertThat(shown).as("%s: text shown literally", name).contains(text);
		}
		this.softly.assertThat(HeadlessChromium.contentSecurityViolations(browser))
			.as("%s: Content-Security-Policy reports", name)
			.isEmpty();
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Sends a form and waits for the page that answers. */
	private static void submit(String form) {
		WebElement button = browser
			.findElement(By.cssSelector(form + " button[type=submit]:not([name=registerPlace])"));
		HeadlessChromium.submit(browser, button);
	}

	private static void assertSaved(String what) {
		assertThat(browser.findElements(By.cssSelector(".flash-ok")))
			.as("%s saved, at %s: %s", what, browser.getCurrentUrl(),
					browser.findElements(By.cssSelector(".field-error, .flash-error"))
						.stream()
						.map(WebElement::getText)
						.toList())
			.isNotEmpty();
	}

	private static GovernmentValues government(String name, String nameFr, String nameLocal, String country,
			String subdivision, double latitude, double longitude) {
		return new GovernmentValues(name, nameFr, nameLocal, country, subdivision, GovernmentLevel.LOCAL, null, null,
				latitude, longitude, null, null);
	}

	private static AgreementValues agreement(GovernmentId a, GovernmentId b, String resolution, String source,
			String notes) {
		return new AgreementValues(a, b, AgreementType.SISTER, PartialDate.parse("2016"), AgreementStatus.ACTIVE, null,
				null, null, resolution, null, List.of(Category.CULTURE), source, notes);
	}

	/** A page to check and the texts it must show as they were entered. */
	record Visit(String name, String path, List<String> texts) {

		Visit(String name, String path, String... texts) {
			this(name, path, new ArrayList<>(List.of(texts)));
		}

	}

}
