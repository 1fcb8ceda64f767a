package org.twinningregistry.account.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused, without checking its password, because its user name failed too
 * often from its client address, or its address did ({@link LoginThrottle}). Not a bad
 * credential: it is not counted as a failure.
 */
class SignInThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins");
		this.retryAfter = retryAfter;
	}

	/** How long until a sign-in is tried again, rounded up to whole seconds. */
	long retryAfterSeconds() {
		long seconds = this.retryAfter.toSeconds();
		return (this.retryAfter.toNanosPart() > 0 || seconds == 0) ? seconds + 1 : seconds;
	}

}
