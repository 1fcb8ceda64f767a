package org.twinningregistry.workflow;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.BrowserTestSupport;
import org.twinningregistry.HeadlessChromium;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue and a record's history as a reviewer and the public read them in
 * Chromium: what waits (its title, kind, governments, agreement), since when, and what
 * changed, with the labels and values of the forms, in the reader's language, dates as
 * people write them, within a phone's width.
 */
class WorkflowPagesBrowserTests extends BrowserTestSupport {

	private static final String ISO_INSTANT = ".*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*";

	private static final AgreementId MONTREAL_SEOUL = new AgreementId("CA-QC-montreal_KR-11");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EngagementLog engagements;

	@Autowired
	ReviewWorkflow workflow;

	@BeforeEach
	void demoData(@Autowired DataPackageImporter importer) {
		RegistryDatabase.clear(this.jdbc);
		loadDemoData(importer);
		width(WIDE);
	}

	@Test
	void theQueueSaysWhatWaitsForWhomAndSinceWhen() {
		// given: Montréal's reporter submits an engagement
		ApiTestSupport.as("montreal-reporter", new Grant(RegistryRole.REPORTER, "CA-QC-montreal"), () -> {
			EngagementSummary draft = this.engagements.record(null,
					new EngagementValues(MONTREAL_SEOUL, 2025, PartialDate.parse("2025-06"), null, Category.CULTURE,
							"CA-QC-montreal", EngagementForm.EVENT, EngagementMode.IN_PERSON, 40, null, null, null,
							"Youth orchestra tour", null, null));
			this.workflow.submit(EngagementLog.ref(draft.id()));
		});
		signIn();

		// when
		open("/revisions");

		// then
		assertThat(texts("#revisions thead th")).containsExactly("Record", "Kind", "Governments", "State", "Started by",
				"Last change");
		assertThat(texts("#revisions tbody tr")).singleElement()
			.satisfies(row -> assertThat(row)
				.contains("Youth orchestra tour", "Montreal and Seoul", "Engagement", "Montreal – Seoul", "Submitted",
						"montreal-reporter")
				.doesNotContain("e-")
				.doesNotMatch("(?s)" + ISO_INSTANT));

		// when
		open("/revisions?lang=fr");

		// then
		assertThat(texts("#revisions tbody tr")).singleElement()
			.satisfies(row -> assertThat(row)
				.contains("Youth orchestra tour", "Montréal et Séoul", "Échange", "Montréal – Séoul", "Soumise")
				.doesNotMatch("(?s)" + ISO_INSTANT));
		assertThat(
				browser.findElement(org.openqa.selenium.By.cssSelector("#revisions time")).getDomAttribute("datetime"))
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
	}

	@Test
	void theHistoryShowsWhatChangedAsTheFormsDo() {
		// given: a curator raises the office of the demo's Montréal seminar and holds it
		// online
		EngagementId seminar = new EngagementId("demo-e13");
		SystemCurator.call(() -> {
			EngagementSummary e = this.engagements.get(seminar);
			EngagementValues v = e.values();
			return this.engagements.update(seminar, e.version(),
					new EngagementValues(v.agreement(), v.year(), v.date(), v.endDate(), v.category(), v.origin(),
							v.form(), EngagementMode.VIRTUAL, v.participants(), OfficialLevel.HEAD, v.cost(),
							v.currency(), v.title(), v.description(), v.source()));
		});

		// when
		open("/engagements/demo-e13");

		// then
		List<String> changes = texts(".history-panel li");
		assertThat(changes).contains("Mode: In person → Virtual",
				"Highest office: Public servants → Head of government");
		assertThat(text(".history-panel")).doesNotContain("officialLevel", "IN_PERSON", "HEAD")
			.doesNotMatch("(?s)" + ISO_INSTANT);

		// when
		open("/engagements/demo-e13?lang=fr");

		// then
		assertThat(texts(".history-panel li")).contains("Mode : En personne → Virtuel",
				"Plus haute fonction : Fonctionnaires → Chef du gouvernement");
		assertThat(text(".history-panel")).doesNotMatch("(?s)" + ISO_INSTANT);

		// when: on a phone
		width(NARROW);
		open("/engagements/demo-e13");

		// then: the page keeps the phone's width
		HeadlessChromium.screenshot(browser, "history-390");
		assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo((Long) browser.executeScript("return window.innerWidth"));
	}

}
