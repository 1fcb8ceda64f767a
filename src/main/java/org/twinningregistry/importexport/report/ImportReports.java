package org.twinningregistry.importexport.report;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.csv.Finding;
import org.twinningregistry.importexport.csv.Findings;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.upload.ImportSettings;

/**
 * Makes an import's report: collects its findings, keeping the first
 * {@code registry.import.max-reported-issues} of each kind, and puts them into words in
 * the import's language.
 */
@Component
public class ImportReports {

	private final MessageSource messages;

	private final int kept;

	public ImportReports(MessageSource messages, ImportSettings settings) {
		this.messages = messages;
		this.kept = settings.maxReportedIssues();
	}

	/** A new, empty collection of findings for one import. */
	public Findings findings() {
		return new Findings(this.kept);
	}

	/** The report: the findings kept, in words, and how many more there were. */
	public ImportReport report(ImportStatus status, ImportOptions options, List<FileReport> files, Findings findings) {
		List<ImportIssue> errors = issues(findings.errors(), options.locale());
		List<ImportIssue> warnings = issues(findings.warnings(), options.locale());
		return new ImportReport(status, options.dryRun(), files, errors, warnings,
				findings.errorCount() - errors.size(), findings.warningCount() - warnings.size());
	}

	private List<ImportIssue> issues(List<Finding> findings, Locale locale) {
		return findings.stream()
			.map(f -> new ImportIssue(f.file(), f.line(), f.column(), f.value(), f.code(),
					this.messages.getMessage(f.code(), f.arguments().toArray(), f.code(), locale)))
			.toList();
	}

}
