package org.twinningregistry.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per (user name, client address) pair and per client address,
 * from Spring Security's authentication events, in the table
 * {@code account_login_throttle} that every instance of the registry shares, and tells
 * how long a sign-in must still be refused. Beyond {@code max-failures} for a pair (or
 * {@code max-failures-per-address} for an address) each failure refuses that pair (or
 * address) for a delay that doubles with every further failure, up to {@code max-delay}:
 * a backoff, never a lock, and never of a user name from other addresses, so a stranger
 * cannot lock out the real user. A success clears its pair (not its address, or one valid
 * account would reset a password spray). A row is forgotten one {@code window} after its
 * last failure; each failure deletes a bounded batch of forgotten rows.
 */
@Component
class LoginThrottle {

	static final String PAIR = "PAIR";

	static final String ADDRESS = "ADDRESS";

	private static final int CLEANUP_BATCH = 100;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final LoginThrottleSettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, LoginThrottleSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * How long sign-ins for this user name from this address are still refused (by the
	 * pair's failures or the address's), zero when they are not.
	 */
	Duration refusal(@Nullable String username, @Nullable String address) {
		Instant now = this.clock.instant();
		List<String> keys = new ArrayList<>(2);
		keys.add(pairKey(username, address));
		keys.add(addressKey(address));
		Instant until = this.jdbc.sql("SELECT refused_until FROM account_login_throttle WHERE key_hash IN (:keys)")
			.param("keys", keys)
			.query((row, n) -> row.getObject(1, OffsetDateTime.class).toInstant())
			.list()
			.stream()
			.max(Instant::compareTo)
			.orElse(now);
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = this.clock.instant();
		String address = address(event.getAuthentication());
		count(pairKey(event.getAuthentication().getName(), address), PAIR, this.settings.maxFailures(), now);
		count(addressKey(address), ADDRESS, this.settings.maxFailuresPerAddress(), now);
		forgetOld(now);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String address = address(event.getAuthentication());
		if (address == null) {
			// an API token or a job: no sign-in with a password from a client
			return;
		}
		this.transactions
			.executeWithoutResult(status -> this.jdbc.sql("DELETE FROM account_login_throttle WHERE key_hash = :key")
				.param("key", pairKey(event.getAuthentication().getName(), address))
				.update());
	}

	static @Nullable String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	/**
	 * One more failure for the key, in a transaction of its own that locks the row (so
	 * that failures arriving at once through several instances all count); a row another
	 * instance inserted meanwhile is counted again.
	 */
	private void count(String key, String kind, int limit, Instant now) {
		try {
			this.transactions.executeWithoutResult(status -> countIn(key, kind, limit, now));
		}
		catch (DuplicateKeyException inserted) {
			this.transactions.executeWithoutResult(status -> countIn(key, kind, limit, now));
		}
	}

	private void countIn(String key, String kind, int limit, Instant now) {
		Instant forgotten = now.minus(this.settings.window());
		List<Counted> rows = this.jdbc
			.sql("SELECT failures, last_failure FROM account_login_throttle WHERE key_hash = :key FOR UPDATE")
			.param("key", key)
			.query((row, n) -> new Counted(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
		int failures = (rows.isEmpty() || !rows.get(0).last().isAfter(forgotten)) ? 1 : rows.get(0).failures() + 1;
		OffsetDateTime until = utc(now.plus(this.settings.refusal(failures, limit)));
		if (rows.isEmpty()) {
			this.jdbc
				.sql("INSERT INTO account_login_throttle (key_hash, kind, failures, last_failure, refused_until)"
						+ " VALUES (:key, :kind, :failures, :now, :until)")
				.param("key", key)
				.param("kind", kind)
				.param("failures", failures)
				.param("now", utc(now))
				.param("until", until)
				.update();
			return;
		}
		this.jdbc
			.sql("UPDATE account_login_throttle SET failures = :failures, last_failure = :now, refused_until = :until"
					+ " WHERE key_hash = :key")
			.param("key", key)
			.param("failures", failures)
			.param("now", utc(now))
			.param("until", until)
			.update();
	}

	/** Deletes at most a batch of rows whose window and refusal have both ended. */
	private void forgetOld(Instant now) {
		this.transactions.executeWithoutResult(status -> this.jdbc
			.sql("DELETE FROM account_login_throttle WHERE key_hash IN (SELECT key_hash FROM account_login_throttle"
					+ " WHERE last_failure <= :forgotten AND refused_until <= :now LIMIT " + CLEANUP_BATCH + ")")
			.param("forgotten", utc(now.minus(this.settings.window())))
			.param("now", utc(now))
			.update());
	}

	static String pairKey(@Nullable String username, @Nullable String address) {
		String name = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return hash(PAIR + "\n" + name + "\n" + ClientAddress.of(address));
	}

	static String addressKey(@Nullable String address) {
		return hash(ADDRESS + "\n" + ClientAddress.of(address));
	}

	private static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Counted(int failures, Instant last) {

	}

}
