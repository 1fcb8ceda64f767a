package org.twinningregistry.importexport.report;

import java.io.Serializable;
import java.util.List;

/**
 * The answer of an import: how it ended, what each file's rows did, the errors (any error
 * means nothing was written) and the warnings, which do not block. Only the first
 * {@code registry.import.max-reported-issues} errors and as many warnings are listed; the
 * others are counted.
 *
 * @param status imported, valid (a dry run without errors) or rejected
 * @param dryRun whether it was a dry run
 * @param files one entry per file read, in the order they were written
 * @param errors the errors found, the first ones when there are more
 * @param warnings what is odd but allowed, the first ones when there is more
 * @param omittedErrors how many errors were found beyond those listed
 * @param omittedWarnings how many warnings were found beyond those listed
 */
public record ImportReport(ImportStatus status, boolean dryRun, List<FileReport> files, List<ImportIssue> errors,
		List<ImportIssue> warnings, long omittedErrors, long omittedWarnings) implements Serializable {

	public ImportReport {
		files = List.copyOf(files);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		if (omittedErrors < 0 || omittedWarnings < 0) {
			throw new IllegalArgumentException("omitted counts must not be negative");
		}
	}

	/** A report that lists every error and warning. */
	public ImportReport(ImportStatus status, boolean dryRun, List<FileReport> files, List<ImportIssue> errors,
			List<ImportIssue> warnings) {
		this(status, dryRun, files, errors, warnings, 0, 0);
	}

	/** Every error found, listed or not. */
	public long errorCount() {
		return this.errors.size() + this.omittedErrors;
	}

	/** Every warning found, listed or not. */
	public long warningCount() {
		return this.warnings.size() + this.omittedWarnings;
	}

	public boolean rejected() {
		return this.status == ImportStatus.REJECTED;
	}

}
