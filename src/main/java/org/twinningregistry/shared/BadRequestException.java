package org.twinningregistry.shared;

/**
 * A request parameter has a value the endpoint cannot use (400), e.g. an unknown sort
 * property.
 */
public class BadRequestException extends RegistryException {

	private final String parameter;

	public BadRequestException(String parameter, String code, Object... arguments) {
		super(code, arguments);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
