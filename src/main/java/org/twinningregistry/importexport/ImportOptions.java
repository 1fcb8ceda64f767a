package org.twinningregistry.importexport;

import java.util.Locale;
import org.twinningregistry.importexport.report.ImportProgress;

/**
 * How to run an import.
 *
 * @param dryRun check everything, write nothing
 * @param locale the language of the report's messages
 * @param progress hears how far the import has got and may stop it
 */
public record ImportOptions(boolean dryRun, Locale locale, ImportProgress progress) {

	public ImportOptions {
		locale = (locale != null) ? locale : Locale.ENGLISH;
		progress = (progress != null) ? progress : ImportProgress.NONE;
	}

	/** Options that report progress to no one. */
	public ImportOptions(boolean dryRun, Locale locale) {
		this(dryRun, locale, ImportProgress.NONE);
	}

	/** Options with messages in English. */
	public static ImportOptions of(boolean dryRun) {
		return new ImportOptions(dryRun, Locale.ENGLISH);
	}

	/** The same options, reporting progress to the given listener. */
	public ImportOptions withProgress(ImportProgress listener) {
		return new ImportOptions(this.dryRun, this.locale, listener);
	}

}
