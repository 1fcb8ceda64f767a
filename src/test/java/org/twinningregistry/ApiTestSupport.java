package org.twinningregistry;

import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
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

	public static RequestPostProcessor curator() {
		return SecurityMockMvcRequestPostProcessors.httpBasic(CURATOR, CURATOR_PASSWORD);
	}

}
