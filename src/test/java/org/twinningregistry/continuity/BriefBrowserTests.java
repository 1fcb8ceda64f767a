package org.twinningregistry.continuity;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.twinningregistry.HeadlessChromium;
import org.twinningregistry.reporting.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new officer of Burnaby opens the government's page in headless Chromium, follows the
 * link to the handover brief and reads it: the relationships with their native names, the
 * dormant one flagged, what is coming; within the pages' Content-Security-Policy. A
 * screenshot goes to {@code target/screenshots/brief.png}.
 */
@Import(SettableClock.Configuration.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BriefBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
	void fixture(@Autowired SettableClock clock) {
		// the day the fixture's figures are written for: its last engagement (2023) lies
		// within the five years, Kushiro's (2015) does not
		clock.setDay(LocalDate.of(2026, 12, 7));
		ContinuityFixtures.burnabyAndItsPartners(this.context);
	}

	@Test
	void anOfficerOpensTheBriefFromTheGovernmentsPage() {
		// given
		browser.get("http://localhost:" + this.port + "/governments/CA-BC-burnaby?lang=en");
		// when
		browser.findElement(By.id("brief-link")).click();
		// then
		assertThat(browser.getCurrentUrl()).endsWith("/governments/CA-BC-burnaby/brief");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Burnaby");
		WebElement relationships = browser.findElement(By.id("brief-relationships")).findElement(By.xpath(".."));
		assertThat(relationships.getText()).contains("Hwaseong", "화성시", "Kushiro", "釧路市", "Dormant", "Active");
		assertThat(browser.findElement(By.id("brief-upcoming")).findElement(By.xpath("..")).getText())
			.contains("Annual reports for");
		assertThat(browser.findElement(By.id("brief-pdf")).getAttribute("href")).contains("/brief.pdf");
		assertThat(HeadlessChromium.screenshot(browser, "brief")).isNotEmptyFile();
		assertThat(HeadlessChromium.contentSecurityViolations(browser)).isEmpty();
	}

}
