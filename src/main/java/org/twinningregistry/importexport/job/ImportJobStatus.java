package org.twinningregistry.importexport.job;

/** Where an import job stands. */
public enum ImportJobStatus {

	/** Waiting for a free worker. */
	QUEUED,
	/** Importing now. */
	RUNNING,
	/** Done: imported, or found valid in a dry run. */
	SUCCEEDED,
	/** Done: the package had errors; nothing was written. */
	REJECTED,
	/** Stopped on request; nothing was written. */
	CANCELLED,
	/** The package could not be read or the import broke; nothing was written. */
	FAILED;

	/** Whether the job has ended and will not change any more. */
	public boolean finished() {
		return this != QUEUED && this != RUNNING;
	}

}
