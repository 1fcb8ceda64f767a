package org.twinningregistry.importexport.job;

import org.twinningregistry.shared.NotFoundException;

/** No import job of the caller's has this id (or it was forgotten): 404. */
public class ImportJobNotFoundException extends NotFoundException {

	public ImportJobNotFoundException(ImportJobId id) {
		super("import job", id.value());
	}

}
