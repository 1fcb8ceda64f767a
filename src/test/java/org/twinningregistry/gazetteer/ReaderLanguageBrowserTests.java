package org.twinningregistry.gazetteer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.BrowserTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.importexport.DataPackageImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names in the reader's language wherever a name is shown, in Chromium over the demo data
 * (Montreal is Montréal, Seoul Séoul, British Columbia Colombie-Britannique in French),
 * the native name beside, marked with its language's code ({@code lang="ko"}), never the
 * country's ({@code kr} is Kanuri).
 */
class ReaderLanguageBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoData(@Autowired DataPackageImporter importer) {
		RegistryDatabase.clear(this.jdbc);
		loadDemoData(importer);
		browser.manage().deleteAllCookies();
	}

	@Test
	void aGovernmentsPageIsHeadedWithItsNameInTheReadersLanguage() {
		// when
		open("/governments/CA-QC-montreal?lang=fr");

		// then
		assertThat(text("h1")).isEqualTo("Montréal");
		assertThat(browser.getTitle()).startsWith("Montréal");
		assertThat(texts(".facts a")).contains("Québec");
		assertThat(texts(".party-list a, section a")).contains("Séoul").doesNotContain("Seoul");

		// when
		open("/governments/CA-QC-montreal?lang=en");

		// then
		assertThat(text("h1")).isEqualTo("Montreal");
	}

	@Test
	void nativeNamesAreMarkedWithTheirLanguage() {
		// when
		open("/governments/KR-11?lang=fr");

		// then
		WebElement nativeName = browser.findElement(By.cssSelector("h1 .native"));
		assertThat(nativeName.getText()).isEqualTo("서울특별시");
		assertThat(nativeName.getDomAttribute("lang")).isEqualTo("ko");
		assertThat(text("h1")).startsWith("Séoul");

		// when
		open("/governments?q=Seoul&lang=fr");

		// then
		assertThat(browser.findElements(By.xpath("//td[text()='서울특별시']"))).singleElement()
			.satisfies(cell -> assertThat(cell.getDomAttribute("lang")).isEqualTo("ko"));
		assertThat(texts("tbody td a")).contains("Séoul");
		for (String page : new String[] { "/governments?lang=fr", "/agreements/CA-QC-montreal_KR-11?lang=fr",
				"/governments/CA-QC-montreal?lang=fr" }) {
			open(page);
			assertThat(browser.findElements(By.cssSelector("[lang=kr], [lang=KR]"))).as(page).isEmpty();
		}
	}

	@Test
	void agreementsAndEngagementsNameTheirPartiesInTheReadersLanguage() {
		// when
		open("/agreements/CA-QC-montreal_KR-11?lang=fr");

		// then
		assertThat(text("h1")).isEqualTo("Montréal et Séoul");
		assertThat(texts(".party-name a")).containsExactly("Montréal", "Séoul");

		// when
		open("/agreements?q=montreal&lang=fr");

		// then
		assertThat(text("tbody")).contains("Montréal", "Séoul").doesNotContain("Montreal ");

		// when
		open("/engagements/demo-e13?lang=fr");

		// then
		assertThat(text("main")).contains("Montréal et Séoul").doesNotContain("CA-QC-montreal_KR-11");
		assertThat(texts(".entry-facts span")).contains("À l’initiative de", "Montréal");
	}

	@Test
	void theBilateralActivityGridNamesProvincesInTheReadersLanguage() {
		// when
		open("/statistics/bilateral?country=CA&partner=KR&asOf=2019-12-31&lang=fr");

		// then: the table above says Colombie-Britannique, so does the grid
		assertThat(text("#activity-grid")).contains("Colombie-Britannique").doesNotContain("British Columbia");
		assertThat(text("#activity-grid")).contains("Séoul").doesNotContain("Seoul");
	}

}
