package org.twinningregistry.importexport.report;

/** How an import ended. */
public enum ImportStatus {

	/** Every row was written. */
	IMPORTED,
	/** A dry run found no error; nothing was written. */
	VALID,
	/** At least one error; nothing was written. */
	REJECTED

}
