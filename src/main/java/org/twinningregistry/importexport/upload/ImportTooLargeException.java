package org.twinningregistry.importexport.upload;

import org.twinningregistry.shared.ContentTooLargeException;

/**
 * An upload beyond the configured limits ({@link ImportSettings}): a file too large, a
 * sheet with too many rows. Answered with 413; its code keys the message.
 */
public class ImportTooLargeException extends ContentTooLargeException {

	public ImportTooLargeException(String code, Object... arguments) {
		super(code, arguments);
	}

}
