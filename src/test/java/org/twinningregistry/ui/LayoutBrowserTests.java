package org.twinningregistry.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.BrowserTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.importexport.DataPackageImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smaller things a new user runs into, in Chromium over the demo data: the navigation
 * on one row at 1366 px, signed in or not, in both languages, and the new agreements per
 * year on an even time axis.
 */
class LayoutBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoData(@Autowired DataPackageImporter importer) {
		RegistryDatabase.clear(this.jdbc);
		loadDemoData(importer);
		browser.manage().deleteAllCookies();
		width(WIDE);
	}

	@Test
	void theNavigationTakesOneRowAt1366Pixels() {
		for (String language : List.of("en", "fr")) {
			open("/agreements?lang=" + language);
			assertThat(rows()).as("signed out, %s", language).isOne();
		}
		signIn();
		for (String language : List.of("en", "fr")) {
			open("/agreements?lang=" + language);
			assertThat(rows()).as("signed in as an administrator and curator, %s", language).isOne();
		}
	}

	@Test
	void newAgreementsPerYearHaveAnEvenTimeAxis() {
		// when: the demo's Canadian agreements were signed in 1974, 1992, 1996, ... 2019
		open("/statistics?country=CA&asOf=2019-12-31");

		// then: every year between, those without a signing as 0
		List<String> years = texts("#years-table tbody th");
		assertThat(years).isEqualTo(IntStream.rangeClosed(1974, 2019).mapToObj(Integer::toString).toList());
		assertThat(texts("#years-table tbody tr")).contains("1975 0 0");
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeToBe(By.id("years-chart"), "data-rendered", "true"));
		assertThat(browser
			.executeScript("return Chart.getChart(document.getElementById('years-chart')).data.labels.length"))
			.isEqualTo(46L);
	}

	/** How many rows the header's brand, links and tools take. */
	private static int rows() {
		List<WebElement> items = new ArrayList<>(browser.findElements(By.cssSelector(".site-header .brand")));
		items.addAll(browser.findElements(By.cssSelector(".site-header .nav-links li")));
		items.addAll(browser.findElements(By.cssSelector(".site-header .nav-tools")));
		List<Integer> tops = new ArrayList<>();
		for (WebElement item : items) {
			int middle = item.getRect().getY() + item.getRect().getHeight() / 2;
			if (tops.stream().noneMatch(top -> Math.abs(top - middle) < 16)) {
				tops.add(middle);
			}
		}
		return tops.size();
	}

}
