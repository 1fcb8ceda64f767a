package org.twinningregistry.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.dao.DataIntegrityViolationException;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.domain.AnnualReport.Submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The annual reports' queries and their one-a-year constraint, on the engine the tests
 * run on (H2, or PostgreSQL under the {@code postgresql} profile). Each test's writes are
 * rolled back.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class AnnualReportRepositoryTests {

	private static final Submission SUBMISSION = new Submission(Instant.parse("2025-03-01T12:00:00Z"),
			LocalDate.of(2025, 3, 1), "reporter", "", false, null, List.of());

	@Autowired
	private AnnualReportRepository reports;

	@BeforeEach
	void givenReports() {
		this.reports.deleteAllInBatch();
		this.reports.save(report("b-town", 2024));
		this.reports.save(report("a-town", 2024));
		this.reports.save(report("a-town", 2023));
		this.reports.saveAndFlush(report("a-town", 2022));
	}

	@Test
	void findsAYearsReportsByGovernment() {
		// when / then
		assertThat(this.reports.findByYearOrderByGovernment(2024)).extracting(r -> r.government().value())
			.containsExactly("a-town", "b-town");
		assertThat(this.reports.findByYearOrderByGovernment(2021)).isEmpty();
	}

	@Test
	void findsAGovernmentsReportsOfGivenYears() {
		// when / then
		assertThat(this.reports.findByGovernmentAndYear("a-town", 2023)).get()
			.extracting(AnnualReport::year)
			.isEqualTo(2023);
		assertThat(this.reports.findByGovernmentAndYear("b-town", 2023)).isEmpty();
		assertThat(this.reports.findByGovernmentAndYearIn("a-town", List.of(2022, 2024, 2025)))
			.extracting(AnnualReport::year)
			.containsExactlyInAnyOrder(2022, 2024);
	}

	@Test
	void keepsOneReportAGovernmentAYear() {
		// when / then
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.reports.saveAndFlush(report("a-town", 2024)));
	}

	private static AnnualReport report(String government, int year) {
		return new AnnualReport(new GovernmentId(government), year, SUBMISSION);
	}

}
