package org.twinningregistry.importexport.upload;

import org.twinningregistry.shared.MalformedInputException;

/**
 * The package cannot be read at all: not a ZIP, a CSV file broken beyond its rows (an
 * unterminated quote), files nested in several folders. Answered with 400; its code keys
 * the message.
 */
public class MalformedPackageException extends MalformedInputException {

	public MalformedPackageException(String code, Object... arguments) {
		super(code, arguments);
	}

}
