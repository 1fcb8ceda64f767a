package org.twinningregistry.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@link LoginThrottle}).
 *
 * @param maxFailures failed sign-ins for one user name after which it is refused for the
 * rest of the window
 * @param maxFailuresPerAddress failed sign-ins from one client address (any user name)
 * after which that address is refused for the rest of the window; higher than
 * {@code maxFailures} because an office behind one address shares it
 * @param window how long failures are counted and a refusal lasts, from the first failure
 * @param maxTracked the most user names and addresses remembered at once; the oldest are
 * forgotten beyond it
 */
@ConfigurationProperties("registry.security.login")
record LoginThrottleSettings(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration window, @DefaultValue("10000") int maxTracked) {

}
