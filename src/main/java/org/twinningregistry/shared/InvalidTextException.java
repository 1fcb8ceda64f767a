package org.twinningregistry.shared;

/**
 * A text field holds a character the registry refuses (see {@link PlainText}): malformed
 * input, answered 400 by the API with the field, and shown beside the field by pages and
 * as an error of the row by imports.
 */
public class InvalidTextException extends RuleViolationException {

	public InvalidTextException(Violation violation) {
		super(violation);
	}

}
