package org.twinningregistry.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@link LoginThrottle}).
 *
 * @param maxFailures failed sign-ins for one user name from one client address after
 * which that pair is refused for a while ({@code initialDelay}, doubling with each
 * further failure)
 * @param maxFailuresPerAddress failed sign-ins from one client address (any user name)
 * after which that address is refused for a while in the same way; higher than
 * {@code maxFailures} because an office behind one address shares it
 * @param window how long failures are remembered after the last one: a pair or address
 * without a failure for that long starts again from nothing (and its row is deleted)
 * @param initialDelay how long the first refusal lasts
 * @param maxDelay the longest a refusal lasts, however many failures came before
 */
@ConfigurationProperties("registry.security.login")
record LoginThrottleSettings(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("1h") Duration window, @DefaultValue("30s") Duration initialDelay,
		@DefaultValue("15m") Duration maxDelay) {

	LoginThrottleSettings {
		if (maxFailures < 1 || maxFailuresPerAddress < 1) {
			throw new IllegalArgumentException("registry.security.login.max-failures* must be at least 1");
		}
		if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
			throw new IllegalArgumentException(
					"registry.security.login.initial-delay must be positive and at most max-delay");
		}
	}

	/**
	 * How long a pair or address with this many failures is refused after its last one:
	 * nothing below the limit, then {@code initialDelay}, doubling with each further
	 * failure, at most {@code maxDelay}.
	 */
	Duration refusal(int failures, int limit) {
		if (failures < limit) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - limit, 40);
		Duration delay = this.initialDelay.multipliedBy(1L << doublings);
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

}
