package org.twinningregistry.importexport;

import java.io.Serializable;
import java.util.List;

/**
 * The answer of an import: how it ended, what each file's rows did, every error (any
 * error means nothing was written) and the warnings, which do not block.
 *
 * @param status imported, valid (a dry run without errors) or rejected
 * @param dryRun whether it was a dry run
 * @param files one entry per file read, in the order they were written
 * @param errors every error found
 * @param warnings what is odd but allowed
 */
public record ImportReport(ImportStatus status, boolean dryRun, List<FileReport> files, List<ImportIssue> errors,
		List<ImportIssue> warnings) implements Serializable {

	public ImportReport {
		files = List.copyOf(files);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public boolean rejected() {
		return this.status == ImportStatus.REJECTED;
	}

}
