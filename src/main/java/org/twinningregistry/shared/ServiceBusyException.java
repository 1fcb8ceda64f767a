package org.twinningregistry.shared;

/**
 * The registry cannot take the request now, every worker being busy (503): try again
 * later; its code keys the message.
 */
public class ServiceBusyException extends RegistryException {

	public ServiceBusyException(String code, Object... arguments) {
		super(code, arguments);
	}

}
