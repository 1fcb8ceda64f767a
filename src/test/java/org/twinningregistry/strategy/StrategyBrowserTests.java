package org.twinningregistry.strategy;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.HeadlessChromium;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.shared.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategy and plan pages in headless Chromium, the journey of issue 11: Burnaby's
 * reporter writes its strategy and proposes a 2024–2026 plan with Hwaseong and submits
 * both; British Columbia's reviewer approves them; once Burnaby's 2024 youth exchange is
 * recorded, the plan's page and the agreement's page show the planned activity met. No
 * report of the Content-Security-Policy on the way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StrategyBrowserTests {

	private static final String PASSWORD = "journey-password";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

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
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements) {
		StrategyFixtures.build(jdbc, gazetteer, agreements);
		account(jdbc, "rita", "REPORTER", StrategyFixtures.BURNABY.value());
		account(jdbc, "bob", "REVIEWER", "CA-BC");
		browser.manage().deleteAllCookies();
	}

	@Test
	void writeAStrategyProposeAPlanApproveItAndSeeItsFulfilment(@Autowired EngagementLog engagements) {
		// a reporter of Burnaby writes its strategy and submits it
		signIn("rita");
		open("/strategies/CA-BC-burnaby/edit");
		new Select(browser.findElement(By.id("purposes0"))).selectByValue("YOUTH");
		new Select(browser.findElement(By.id("purposes1"))).selectByValue("CULTURE");
		type("statement.en", "Young people first: exchanges of students and artists.");
		type("office.name", "International Relations Office");
		submit("form.form");
		assertThat(text("h1")).contains("Strategy of Burnaby");
		assertThat(text(".workflow-panel")).contains("Draft");
		submit("form[action$='/strategies/CA-BC-burnaby/submit']");

		// and proposes a plan under Burnaby–Hwaseong
		open("/plans/new?agreement=burnaby-hwaseong");
		type("from", "2024");
		type("to", "2026");
		type("activities0.year", "2024");
		new Select(browser.findElement(By.id("activities0.category"))).selectByValue("YOUTH");
		new Select(browser.findElement(By.id("activities0.origin"))).selectByValue("CA-BC-burnaby");
		type("activities0.title", "Burnaby youth exchange to Hwaseong");
		type("activities1.year", "2025");
		new Select(browser.findElement(By.id("activities1.category"))).selectByValue("POLICY");
		new Select(browser.findElement(By.id("activities1.origin"))).selectByValue("KR-41-hwaseong");
		type("activities1.title", "Hwaseong policy delegation");
		submit("form.form");
		assertThat(text("h1")).isEqualTo("Plan 2024–2026");
		String plan = browser.getCurrentUrl().replaceAll(".*/plans/", "");
		submit("form[action$='/submit']");
		assertThat(text(".workflow-panel")).contains("Submitted");

		// British Columbia's reviewer approves both
		browser.manage().deleteAllCookies();
		signIn("bob");
		open("/plans/" + plan);
		submit("form[action$='/approve']");
		open("/strategies/CA-BC-burnaby");
		submit("form[action$='/approve']");
		open("/governments/CA-BC-burnaby");
		assertThat(text(".strategy-section")).contains("Young people first", "Youth", "Plan 2024–2026");

		// when Burnaby's 2024 youth exchange is recorded
		SystemCurator.call(() -> engagements.record(new EngagementId("youth-2024"),
				new EngagementValues(StrategyFixtures.BURNABY_HWASEONG, 2024, null, null, Category.YOUTH,
						StrategyFixtures.BURNABY.value(), EngagementForm.PROGRAM, EngagementMode.IN_PERSON, 20, null,
						null, null, "Burnaby students in Hwaseong", null, null)));

		// then the plan's page shows it met, and the agreement's page too
		open("/plans/" + plan);
		List<WebElement> rows = browser.findElements(By.cssSelector("table.plan-activities tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getAttribute("data-state")).isEqualTo("MET");
		assertThat(rows.get(0).getText()).contains("Burnaby students in Hwaseong");
		HeadlessChromium.screenshot(browser, "plan-fulfilment");
		open("/agreements/burnaby-hwaseong");
		assertThat(text("#plans")).contains("Plan 2024–2026", "Burnaby youth exchange to Hwaseong", "Met");
		assertThat(HeadlessChromium.contentSecurityViolations(browser)).isEmpty();
	}

	private static void account(JdbcClient jdbc, String username, String role, String scope) {
		jdbc.sql("INSERT INTO account (username, password_hash, enabled, version) VALUES (:u, :p, TRUE, 0)")
			.param("u", username)
			.param("p", "{noop}" + PASSWORD)
			.update();
		long id = jdbc.sql("SELECT id FROM account WHERE username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO account_role (account_id, role, scope) VALUES (:a, :r, :s)")
			.param("a", id)
			.param("r", role)
			.param("s", scope)
			.update();
	}

	private void signIn(String username) {
		open("/login");
		type("username", username);
		type("password", PASSWORD);
		submit("form.form");
		assertThat(browser.findElements(By.cssSelector(".user"))).as("signed in").isNotEmpty();
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Submits the form and waits for the page it leads to. */
	private static void submit(String form) {
		HeadlessChromium.submit(browser, browser.findElement(By.cssSelector(form + " button[type=submit]")));
	}

	private static String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

}
