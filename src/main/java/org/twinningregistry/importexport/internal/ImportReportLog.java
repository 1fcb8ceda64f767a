package org.twinningregistry.importexport.internal;

import org.slf4j.Logger;

import org.twinningregistry.importexport.report.FileReport;
import org.twinningregistry.importexport.report.ImportIssue;
import org.twinningregistry.importexport.report.ImportReport;

/**
 * Writes an import report to the log: a summary, then every error and warning with its
 * place.
 */
final class ImportReportLog {

	private ImportReportLog() {
	}

	static void write(Logger log, String what, ImportReport report) {
		log.info("{}: {}{}", what, report.status(), report.dryRun() ? " (dry run: nothing written)" : "");
		for (FileReport file : report.files()) {
			log.info("  {}: {} row(s): {} created, {} updated, {} unchanged", file.file(), file.rows(), file.created(),
					file.updated(), file.unchanged());
		}
		for (ImportIssue error : report.errors()) {
			log.error("  error: {}", error);
		}
		if (report.omittedErrors() > 0) {
			log.error("  … and {} more error(s), not listed", report.omittedErrors());
		}
		for (ImportIssue warning : report.warnings()) {
			log.warn("  warning: {}", warning);
		}
		if (report.omittedWarnings() > 0) {
			log.warn("  … and {} more warning(s), not listed", report.omittedWarnings());
		}
		if (report.rejected()) {
			log.error("{}: rejected with {} error(s); nothing was written", what, report.errorCount());
		}
	}

}
