package org.twinningregistry.account.internal;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs in with user name and password unless {@link LoginThrottle} refuses this user
 * name from this address, or this address: then it throws
 * {@link SignInThrottledException} without checking the password (the page says so, the
 * API answers 429 with {@code Retry-After}). The refusal depends on counts only, never on
 * the password or on whether the user name exists, so it tells an attacker nothing about
 * either.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Duration refused = this.throttle.refusal(authentication.getName(), LoginThrottle.address(authentication));
		if (!refused.isZero()) {
			throw new SignInThrottledException(refused);
		}
		return this.passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
