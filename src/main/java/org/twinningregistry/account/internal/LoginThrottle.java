package org.twinningregistry.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address in memory, from Spring
 * Security's authentication events, and tells whether a sign-in must be refused. A count
 * lives for one window from its first failure; a successful sign-in clears the user
 * name's count (not the address's, or one valid account would reset a password spray).
 * The map is bounded: expired counts are dropped first, then the oldest.
 */
@Component
class LoginThrottle {

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final LoginThrottleSettings settings;

	private final Clock clock;

	LoginThrottle(LoginThrottleSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether this user name, or this address, has failed too often in the window. */
	boolean refuses(@Nullable String username, @Nullable String address) {
		Instant now = this.clock.instant();
		return reached(userKey(username), this.settings.maxFailures(), now)
				|| reached(addressKey(address), this.settings.maxFailuresPerAddress(), now);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = this.clock.instant();
		count(userKey(event.getAuthentication().getName()), now);
		count(addressKey(address(event.getAuthentication())), now);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String key = userKey(event.getAuthentication().getName());
		if (key != null) {
			this.failures.remove(key);
		}
	}

	static @Nullable String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	private boolean reached(@Nullable String key, int limit, Instant now) {
		if (key == null) {
			return false;
		}
		Failures counted = this.failures.get(key);
		return counted != null && !counted.expired(now, this.settings) && counted.count() >= limit;
	}

	private void count(@Nullable String key, Instant now) {
		if (key == null) {
			return;
		}
		if (!this.failures.containsKey(key) && this.failures.size() >= this.settings.maxTracked()) {
			makeRoom(now);
		}
		this.failures.merge(key, new Failures(1, now),
				(old, one) -> old.expired(now, this.settings) ? one : new Failures(old.count() + 1, old.since()));
	}

	private void makeRoom(Instant now) {
		this.failures.values().removeIf(counted -> counted.expired(now, this.settings));
		while (this.failures.size() >= this.settings.maxTracked()) {
			this.failures.entrySet()
				.stream()
				.min(Comparator.comparing(entry -> entry.getValue().since()))
				.ifPresent(oldest -> this.failures.remove(oldest.getKey(), oldest.getValue()));
		}
	}

	private static @Nullable String userKey(@Nullable String username) {
		return (username == null || username.isBlank()) ? null : "user:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String addressKey(@Nullable String address) {
		return (address == null || address.isBlank()) ? null : "address:" + address;
	}

	private record Failures(int count, Instant since) {

		boolean expired(Instant now, LoginThrottleSettings settings) {
			return !now.isBefore(this.since.plus(settings.window()));
		}

	}

}
