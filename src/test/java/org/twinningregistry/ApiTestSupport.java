package org.twinningregistry;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The bootstrap curator of the test profiles, as HTTP Basic credentials. */
public final class ApiTestSupport {

	public static final String CURATOR = "curator";

	public static final String CURATOR_PASSWORD = "curator-test-password";

	private ApiTestSupport() {
	}

	public static RequestPostProcessor curator() {
		return SecurityMockMvcRequestPostProcessors.httpBasic(CURATOR, CURATOR_PASSWORD);
	}

}
