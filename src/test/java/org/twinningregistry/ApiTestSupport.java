package org.twinningregistry;

import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The bootstrap curator of the test profiles, as HTTP Basic credentials. */
public final class ApiTestSupport {

	public static final String CURATOR = "curator";

	public static final String CURATOR_PASSWORD = "curator-test-password";

	private ApiTestSupport() {
	}

	/**
	 * A signed-in page user holding the bootstrap curator's grants (curator of every
	 * country and administrator).
	 */
	public static RequestPostProcessor curatorUser() {
		return SecurityMockMvcRequestPostProcessors.user(CURATOR)
			.authorities(Grant.everywhere(RegistryRole.CURATOR), Grant.everywhere(RegistryRole.ADMIN));
	}

	/**
	 * Runs work as a person holding one grant, as the facades see a signed-in caller, and
	 * restores the caller's security context afterwards.
	 */
	public static void as(String username, Grant grant, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of(grant)));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static RequestPostProcessor curator() {
		return SecurityMockMvcRequestPostProcessors.httpBasic(CURATOR, CURATOR_PASSWORD);
	}

}
