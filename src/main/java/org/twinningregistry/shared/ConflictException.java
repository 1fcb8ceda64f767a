package org.twinningregistry.shared;

/**
 * The request conflicts with the current state of a record (409): a stale version, a
 * delete refused because other records depend on it, an illegal transition.
 */
public class ConflictException extends RegistryException {

	public ConflictException(String code, Object... arguments) {
		super(code, arguments);
	}

	/** The client edited a version that someone else has changed since. */
	public static ConflictException staleVersion(String kind, String id, long expected, long actual) {
		return new ConflictException("error.stale-version", kind, id, expected, actual);
	}

}
