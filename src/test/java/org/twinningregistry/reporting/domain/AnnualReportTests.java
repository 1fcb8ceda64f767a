package org.twinningregistry.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.AnnualReportState;
import org.twinningregistry.reporting.ReportDetails;
import org.twinningregistry.reporting.ReportStateException;
import org.twinningregistry.reporting.ReportingPeriod;
import org.twinningregistry.reporting.ReportingSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AnnualReportTests {

	private static final ReportingPeriod YEAR_2024 = ReportingPeriod.of(2024, ReportingSettings.calendarYears());

	@Test
	void staysOnTimeWhenResubmittedLateAfterAReturn() {
		// given
		AnnualReport report = new AnnualReport(new GovernmentId("van"), 2024, submission(LocalDate.of(2025, 3, 1)));
		report.returnForRevision(Instant.parse("2025-04-10T10:00:00Z"), "reviewer", "REVIEWER:CA-BC",
				"Two visits are missing.");

		// when
		report.resubmit(submission(LocalDate.of(2025, 5, 2)));

		// then
		ReportDetails details = report.details(YEAR_2024, office -> office, false);
		assertThat(details.state()).isEqualTo(AnnualReportState.SUBMITTED);
		assertThat(details.onTime()).isTrue();
		assertThat(details.returnReason()).isEqualTo("Two visits are missing.");
	}

	@Test
	void approvesOnlyAReportWaitingForReview() {
		// given
		AnnualReport report = new AnnualReport(new GovernmentId("van"), 2024, submission(LocalDate.of(2025, 5, 1)));

		// when
		report.approve(Instant.parse("2025-05-03T10:00:00Z"), "reviewer", "REVIEWER:CA-BC");

		// then
		ReportDetails seen = report.details(YEAR_2024, office -> "office " + office, false);
		assertThat(seen.onTime()).isFalse();
		assertThat(seen.approvedBy()).isEqualTo("office REVIEWER:CA-BC");
		assertThat(seen.submittedBy()).isEqualTo("office REPORTER:van");
		assertThat(seen.accounts()).isNull();
		assertThat(report.details(YEAR_2024, office -> office, true).accounts())
			.isEqualTo(new ReportDetails.Accounts("reporter", "reviewer", null));
		assertThatExceptionOfType(ReportStateException.class)
			.isThrownBy(() -> report.returnForRevision(Instant.EPOCH, "reviewer", "REVIEWER:CA-BC", "late"))
			.satisfies(ex -> assertThat(ex.arguments()).containsExactly("van", 2024, "APPROVED"));
		assertThatExceptionOfType(ReportStateException.class)
			.isThrownBy(() -> report.resubmit(submission(LocalDate.of(2025, 5, 4))));
	}

	private static AnnualReport.Submission submission(LocalDate day) {
		return new AnnualReport.Submission(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), day, "reporter",
				"REPORTER:van", false, null, List.of());
	}

}
