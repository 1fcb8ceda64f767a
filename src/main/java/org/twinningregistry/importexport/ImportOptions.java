package org.twinningregistry.importexport;

import java.util.Locale;

/**
 * How to run an import.
 *
 * @param dryRun check everything, write nothing
 * @param locale the language of the report's messages
 */
public record ImportOptions(boolean dryRun, Locale locale) {

	public ImportOptions {
		locale = (locale != null) ? locale : Locale.ENGLISH;
	}

	/** Options with messages in English. */
	public static ImportOptions of(boolean dryRun) {
		return new ImportOptions(dryRun, Locale.ENGLISH);
	}

}
