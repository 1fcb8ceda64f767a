package org.twinningregistry.account.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.account.domain.Account;
import org.twinningregistry.account.domain.AccountRepository;

/**
 * Creates the first account, an administrator and curator of every country, when no
 * account exists: from {@code registry.bootstrap.*} when both are set; otherwise, on the
 * embedded H2 database only, with a generated one-time password logged once, which must
 * be replaced at the first sign-in before anything else. On another database without
 * settings nobody can sign in until an account is created. Instances starting together on
 * one database take a lock for it first: one creates the account, the others find it
 * there (or the lock taken) and leave it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	private static final String DEFAULT_USERNAME = "curator";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final BootstrapSettings settings;

	private final Environment environment;

	private final LockProvider locks;

	AccountBootstrap(AccountRepository accounts, PasswordEncoder passwords, BootstrapSettings settings,
			Environment environment, LockProvider locks) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.settings = settings;
		this.environment = environment;
		this.locks = locks;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<SimpleLock> lock = this.locks
			.lock(new LockConfiguration(Instant.now(), "account-bootstrap", Duration.ofMinutes(1), Duration.ZERO));
		if (lock.isEmpty()) {
			log.info("Another instance is creating the first account");
			return;
		}
		try {
			bootstrap();
		}
		finally {
			lock.get().unlock();
		}
	}

	private void bootstrap() {
		if (this.accounts.count() > 0) {
			return;
		}
		String username = blankToNull(this.settings.username());
		String password = blankToNull(this.settings.password());
		if (password != null) {
			create((username != null) ? username : DEFAULT_USERNAME, password, false);
			log.info("Created the first curator account '{}' from registry.bootstrap settings",
					(username != null) ? username : DEFAULT_USERNAME);
		}
		else if (isEmbeddedDatabase()) {
			String generated = generatePassword();
			String name = (username != null) ? username : DEFAULT_USERNAME;
			create(name, generated, true);
			log.warn(
					"Created the first curator account '{}' with the one-time password: {} "
							+ "(sign in with it and choose your own password, which it asks for first; or set "
							+ "REGISTRY_BOOTSTRAP_USERNAME and REGISTRY_BOOTSTRAP_PASSWORD to choose your own)",
					name, generated);
		}
		else {
			log.warn("No account exists and registry.bootstrap.password is not set: nobody can sign in. "
					+ "Set REGISTRY_BOOTSTRAP_USERNAME and REGISTRY_BOOTSTRAP_PASSWORD and restart.");
		}
	}

	/**
	 * The operator's own password is kept; a generated one is one-time: it must be
	 * replaced at the first sign-in before anything else.
	 */
	private void create(String username, String password, boolean oneTime) {
		this.accounts.save(new Account(username, this.passwords.encode(password),
				List.of(new Account.RoleGrant(RegistryRole.ADMIN, ""), new Account.RoleGrant(RegistryRole.CURATOR, "")),
				oneTime));
	}

	private boolean isEmbeddedDatabase() {
		return this.environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(
			@org.jspecify.annotations.Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
