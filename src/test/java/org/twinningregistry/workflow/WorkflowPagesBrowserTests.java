package org.twinningregistry.workflow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.BrowserTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue as a reviewer reads it in Chromium: what waits (its title, kind,
 * governments, agreement) and since when, in the reader's language, dates as people
 * write them.
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

}
