package org.twinningregistry.importexport.report;

import org.twinningregistry.shared.RegistryException;

/**
 * An import stopped because its {@link ImportProgress} asked it to; thrown inside the
 * import's transaction, it rolls back everything the import wrote.
 */
public class ImportCancelledException extends RegistryException {

	public ImportCancelledException() {
		super("import.job.cancelled");
	}

}
