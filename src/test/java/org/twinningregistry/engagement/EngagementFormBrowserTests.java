package org.twinningregistry.engagement;

import java.time.Year;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.BrowserTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.shared.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagement form in Chromium keeps an engagement's facts consistent: its date within
 * its year, no year after the current one, and who initiated it chosen, never assumed.
 */
class EngagementFormBrowserTests extends BrowserTestSupport {

	/** Montréal and Seoul's agreement, with one engagement in the demo data. */
	private static final String AGREEMENT = "CA-QC-montreal_KR-11";

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoData(@Autowired DataPackageImporter importer) {
		RegistryDatabase.clear(this.jdbc);
		loadDemoData(importer);
		signIn();
	}

	@Test
	void whoInitiatedItIsChosenNotAssumed() {
		// when
		open("/engagements/new?agreement=" + AGREEMENT);

		// then: nothing chosen yet
		assertThat(new Select(browser.findElement(By.id("origin"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEmpty();

		// when: sent without choosing
		type("title", "Seminar on smart cities");
		type("year", "2024");
		choose("category", Category.POLICY.name());
		submit("form.form");

		// then
		assertThat(fieldErrors()).containsEntry("origin", "A value is required.");
		assertThat(engagements()).isOne();

		// when: chosen
		choose("origin", "KR-11");
		submit("form.form");

		// then
		assertThat(this.jdbc.sql("SELECT origin FROM engagement WHERE agreement_id = ? AND title = ?")
			.param(AGREEMENT)
			.param("Seminar on smart cities")
			.query(String.class)
			.list()).containsExactly("KR-11");
	}

	@Test
	void aDateOutsideItsYearIsRefused() {
		// when: 2019-07-10 under the year 2024
		open("/engagements/new?agreement=" + AGREEMENT);
		type("title", "Seminar on smart cities");
		type("year", "2024");
		type("date", "2019-07-10");
		choose("category", Category.POLICY.name());
		choose("origin", "BOTH");
		submit("form.form");

		// then
		assertThat(fieldErrors()).containsOnlyKeys("date")
			.containsEntry("date",
					"The date 2019-07-10 does not lie in the year of the engagement (2024): give the year it took "
							+ "place in, or a date within it.");
		assertThat(engagements()).isOne();
	}

	@Test
	void aYearAfterTheCurrentOneIsRefused() {
		// when
		int current = Year.now().getValue();
		open("/engagements/new?agreement=" + AGREEMENT);
		type("title", "Seminar on smart cities");
		type("year", "2099");
		choose("category", Category.POLICY.name());
		choose("origin", "BOTH");
		submit("form.form");

		// then
		assertThat(fieldErrors()).containsOnlyKeys("year");
		assertThat(fieldErrors().get("year")).startsWith("Must be between").doesNotContain("2099");
		assertThat(engagements()).isOne();

		// when: next year neither
		type("year", Integer.toString(current + 1));
		submit("form.form");

		// then
		assertThat(fieldErrors()).containsOnlyKeys("year");
		assertThat(engagements()).isOne();
	}

	private long engagements() {
		return this.jdbc.sql("SELECT COUNT(*) FROM engagement WHERE agreement_id = ?")
			.param(AGREEMENT)
			.query(Long.class)
			.single();
	}

}
