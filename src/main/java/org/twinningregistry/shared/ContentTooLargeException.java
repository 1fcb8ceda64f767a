package org.twinningregistry.shared;

/**
 * The input is beyond a configured limit (413): a file too large, a sheet with too many
 * rows; its code says which limit and keys the message.
 */
public class ContentTooLargeException extends RegistryException {

	public ContentTooLargeException(String code, Object... arguments) {
		super(code, arguments);
	}

}
