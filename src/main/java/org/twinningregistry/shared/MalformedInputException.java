package org.twinningregistry.shared;

/**
 * The input cannot be read at all (400): not the file it should be, broken beyond its
 * rows, a request that names no input. Unlike {@link BadRequestException} it names no
 * parameter; its code says why and keys the message.
 */
public class MalformedInputException extends RegistryException {

	public MalformedInputException(String code, Object... arguments) {
		super(code, arguments);
	}

}
