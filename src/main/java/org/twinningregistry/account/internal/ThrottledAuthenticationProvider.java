package org.twinningregistry.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs in with user name and password unless {@link LoginThrottle} refuses the user name
 * or the address. A refused attempt still checks the password, so it takes as long as any
 * other, and then fails exactly like a wrong password: the same exception, so the same
 * page message and the same 401.
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
		boolean refused = this.throttle.refuses(authentication.getName(), LoginThrottle.address(authentication));
		Authentication result = this.passwords.authenticate(authentication);
		if (refused) {
			throw new BadCredentialsException("Bad credentials");
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
