package org.twinningregistry.importexport.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.twinningregistry.importexport.report.FileReport;
import org.twinningregistry.importexport.report.ImportIssue;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.report.ImportStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's log of a capped report says how many errors it does not list. */
@ExtendWith(OutputCaptureExtension.class)
class ImportReportLogTests {

	@Test
	void logsTheListedErrorsThenHowManyMoreThereAre(CapturedOutput output) {
		// given
		ImportIssue error = new ImportIssue("engagements.csv", 2, "agreement", "nope",
				"rule.engagement.agreement.unknown", "No such agreement.");
		ImportReport report = new ImportReport(ImportStatus.REJECTED, false,
				List.of(new FileReport("engagements.csv", 40, 0, 0, 0)), List.of(error), List.of(), 39, 0);

		// when
		ImportReportLog.write(LoggerFactory.getLogger(ImportReportLogTests.class), "Import of package.zip", report);

		// then
		assertThat(output.getOut()).contains("error: engagements.csv, line 2, column agreement ('nope')",
				"… and 39 more error(s), not listed", "rejected with 40 error(s)");
		assertThat(output.getOut()).doesNotContain("more warning(s)");
	}

}
