package org.twinningregistry.importexport.job;

import org.twinningregistry.shared.ServiceBusyException;

/** Every worker is busy and the queue of import jobs is full: try again later (503). */
public class ImportJobsBusyException extends ServiceBusyException {

	public ImportJobsBusyException(int queue) {
		super("import.job.busy", queue);
	}

}
