package org.twinningregistry.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Base of every expected failure: carries a stable {@link #code()}, used both as the key
 * of the user-facing message and as the last segment of the problem {@code type} URI.
 */
public abstract class RegistryException extends RuntimeException {

	private final String code;

	private final List<Object> arguments;

	protected RegistryException(String code, Object... arguments) {
		super(code + " " + Arrays.toString(arguments));
		this.code = code;
		this.arguments = Arrays.asList(arguments);
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
