package org.twinningregistry.shared;

/** A record named by its id does not exist: 404. */
public class NotFoundException extends RegistryException {

	public NotFoundException(String kind, String id) {
		super("error.not-found", kind, id);
	}

}
