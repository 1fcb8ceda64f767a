package org.twinningregistry.importexport.job;

/** What a job imports, and so how its stored files are read. */
public enum ImportJobKind {

	/** A data package as one ZIP file. */
	ZIP,
	/** A data package as its CSV files, each stored by its name. */
	FILES,
	/** A filled XLSX template. */
	WORKBOOK

}
