package org.twinningregistry.account;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs trusted work that no person started in a request — loading demo data, a
 * command-line import — with a curator's rights, and restores the caller's security
 * context afterwards.
 */
public final class SystemCurator {

	/** The name recorded as the author of such work. */
	public static final String NAME = "system";

	private SystemCurator() {
	}

	public static <T> T call(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
				List.of(Grant.everywhere(RegistryRole.CURATOR))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
