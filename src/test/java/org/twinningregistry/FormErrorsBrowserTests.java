package org.twinningregistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.shared.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent with several mistakes shows every one at once, each next to its field: a
 * value that cannot be read (text in a number field) no longer hides a missing name, and
 * the registry's rules are checked too. Nothing is written.
 */
class FormErrorsBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void demoData(@Autowired DataPackageImporter importer) {
		RegistryDatabase.clear(this.jdbc);
		loadDemoData(importer);
		signIn();
	}

	@Test
	void aGovernmentWithoutNameAndWithWordsForNumbers() {
		// when
		open("/governments/new");
		choose("country", "CA");
		type("subdivision", "CA-BC");
		type("population", "many");
		type("latitude", "north");
		type("longitude", "-123.1");
		submit("form.form");

		// then
		assertThat(fieldErrors()).containsEntry("name", "A value is required.")
			.containsEntry("population", "Expected a whole number of digits only, e.g. 1200.")
			.containsEntry("latitude", "Expected a decimal number with a point, e.g. 49.2488.");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM government").query(Long.class).single()).isEqualTo(45);
	}

	@Test
	void anEngagementWithEveryKindOfMistake() {
		// when: no title, no origin, "many" participants, a date of another year, a cost
		// without currency
		open("/engagements/new?agreement=CA-QC-montreal_KR-11");
		type("year", "2024");
		type("date", "2019-07-10");
		choose("category", Category.POLICY.name());
		type("participants", "many");
		type("cost", "1200");
		submit("form.form");

		// then
		assertThat(fieldErrors()).containsOnlyKeys("title", "date", "origin", "participants", "currency")
			.containsEntry("title", "A value is required.")
			.containsEntry("origin", "A value is required.")
			.containsEntry("participants", "Expected a whole number of digits only, e.g. 1200.")
			.containsEntry("currency", "A cost needs its currency (ISO 4217, e.g. CAD).");
		assertThat(fieldErrors().get("date")).startsWith("The date 2019-07-10 does not lie in the year");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM engagement").query(Long.class).single()).isEqualTo(16);
	}

	@Test
	void aGovernmentWhoseRulesAreBrokenBesideAnUnreadableNumber() {
		// when: the name is there, so the registry's rules are checked too
		open("/governments/new");
		type("name", "Kelowna");
		choose("country", "CA");
		type("subdivision", "KR-11");
		type("population", "many");
		type("wikidata", "Kelowna");
		submit("form.form");

		// then
		assertThat(fieldErrors()).containsOnlyKeys("population", "subdivision", "wikidata")
			.containsEntry("wikidata", "A Wikidata id is Q followed by digits, e.g. Q244025.");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM government").query(Long.class).single()).isEqualTo(45);
	}

	@Test
	void inFrenchToo() {
		// when
		open("/governments/new?lang=fr");
		choose("country", "CA");
		type("subdivision", "CA-QC");
		type("population", "beaucoup");
		submit("form.form");

		// then
		assertThat(fieldErrors()).containsEntry("name", "Une valeur est requise.")
			.containsEntry("population", "Nombre entier attendu, en chiffres seulement, p. ex. 1200.");
	}

}
