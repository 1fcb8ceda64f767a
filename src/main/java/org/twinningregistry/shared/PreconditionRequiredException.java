package org.twinningregistry.shared;

/**
 * The request must say which version of the record it is based on (428), e.g. a delete
 * without {@code version} or {@code If-Match}.
 */
public class PreconditionRequiredException extends RegistryException {

	public PreconditionRequiredException(String code, Object... arguments) {
		super(code, arguments);
	}

}
