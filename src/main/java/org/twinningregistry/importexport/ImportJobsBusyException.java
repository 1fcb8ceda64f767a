package org.twinningregistry.importexport;

import org.twinningregistry.shared.RegistryException;

/** Every worker is busy and the queue of import jobs is full: try again later (503). */
public class ImportJobsBusyException extends RegistryException {

	public ImportJobsBusyException(int queue) {
		super("import.job.busy", queue);
	}

}
