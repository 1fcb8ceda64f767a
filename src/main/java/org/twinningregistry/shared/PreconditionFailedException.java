package org.twinningregistry.shared;

/**
 * The version named in the request's {@code If-Match} is no longer the record's (412).
 */
public class PreconditionFailedException extends RegistryException {

	public PreconditionFailedException(String code, Object... arguments) {
		super(code, arguments);
	}

}
