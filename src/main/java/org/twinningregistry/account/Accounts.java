package org.twinningregistry.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.domain.Account;
import org.twinningregistry.account.domain.AccountRepository;
import org.twinningregistry.account.domain.ApiToken;
import org.twinningregistry.account.domain.ApiTokenRepository;
import org.twinningregistry.account.domain.TokenSecrets;
import org.twinningregistry.account.domain.PasswordPolicy;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.shared.PlainText;

/**
 * The accounts' facade: administrators create accounts and change their grants; every
 * signed-in account issues, lists and revokes its own API tokens (administrators may
 * revoke anyone's). Passwords are stored with an adaptive hash (bcrypt, through Spring
 * Security's delegating encoder), tokens as SHA-256 hashes.
 */
@Service
public class Accounts {

	static final String KIND = "account";

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,99}");

	/** NIST SP 800-63B: at least 8; we ask 12 of people who can publish. */
	static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;

	static final int MAX_PASSWORD = PasswordPolicy.MAX_LENGTH;

	/** A token lives at most this long: one that never expires is asked for as such. */
	static final int MAX_TOKEN_YEARS = 2;

	private final AccountRepository accounts;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final AccessControl access;

	private final Gazetteer gazetteer;

	private final Clock clock;

	Accounts(AccountRepository accounts, ApiTokenRepository tokens, PasswordEncoder passwords, AccessControl access,
			Gazetteer gazetteer, ObjectProvider<Clock> clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.access = access;
		this.gazetteer = gazetteer;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Creates an account (administrators only). The password is the administrator's
	 * choice, so its holder must replace it at the first sign-in before doing anything
	 * else.
	 * @throws RuleViolationException if the name is malformed or taken, the password too
	 * weak, or a grant's scope does not fit its role
	 */
	@Transactional
	public AccountSummary create(String username, String password, List<Grant> grants) {
		requireAdmin();
		List<Violation> violations = new ArrayList<>();
		String name = (username == null) ? "" : username.strip();
		if (!USERNAME.matcher(name).matches()) {
			violations.add(Violation.of("username", "rule.account.username"));
		}
		else if (this.accounts.findByUsernameIgnoreCase(name).isPresent()) {
			violations.add(Violation.of("username", "rule.account.username.taken", name));
		}
		violations.addAll(passwordViolations("password", name, password));
		violations.addAll(grantViolations(grants));
		RuleViolationException.throwIfAny(violations);
		List<Account.RoleGrant> roles = grants.stream().map(g -> new Account.RoleGrant(g.role(), g.scope())).toList();
		return summary(this.accounts.saveAndFlush(new Account(name, this.passwords.encode(password), roles, true)));
	}

	/**
	 * Replaces an account's grants and whether it may sign in (administrators only).
	 * @throws ConflictException if someone changed it since {@code version}, or an
	 * administrator would take away the last administrator's rights
	 */
	@Transactional
	public AccountSummary update(String username, long version, List<Grant> grants, boolean enabled) {
		requireAdmin();
		Account account = load(username);
		if (account.version() != version) {
			throw ConflictException.staleVersion(KIND, account.username(), version, account.version());
		}
		RuleViolationException.throwIfAny(grantViolations(grants));
		boolean staysAdmin = enabled && grants.stream().anyMatch(g -> g.role() == RegistryRole.ADMIN);
		if (!staysAdmin && isAdmin(account) && this.accounts.countEnabledWithRole(RegistryRole.ADMIN) == 1) {
			throw new ConflictException("error.account.last-admin", account.username());
		}
		account.change(grants, enabled);
		return summary(this.accounts.saveAndFlush(account));
	}

	/** Every account, by name (administrators only). */
	@Transactional(readOnly = true)
	public List<AccountSummary> list() {
		requireAdmin();
		return this.accounts.findAll(org.springframework.data.domain.Sort.by("username"))
			.stream()
			.map(Accounts::summary)
			.toList();
	}

	/**
	 * An account (administrators, or the account itself).
	 * @throws NotFoundException if there is none with this name
	 */
	@Transactional(readOnly = true)
	public AccountSummary get(String username) {
		this.access.require(
				this.access.isAdmin() || this.access.username().filter(username::equalsIgnoreCase).isPresent(),
				"see other accounts");
		return summary(load(username));
	}

	/**
	 * Changes the caller's own password; an account that had to replace the password it
	 * was given may then do everything its grants allow.
	 * @throws RuleViolationException if the current password is wrong, the new one too
	 * weak or the same as the current one
	 */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		Account account = self();
		List<Violation> violations = new ArrayList<>();
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			violations.add(Violation.of("currentPassword", "rule.account.password.wrong"));
		}
		else if (currentPassword.equals(newPassword)) {
			violations.add(Violation.of("newPassword", "rule.account.password.same"));
		}
		violations.addAll(passwordViolations("newPassword", account.username(), newPassword));
		RuleViolationException.throwIfAny(violations);
		account.changePassword(this.passwords.encode(newPassword));
	}

	/**
	 * Whether the caller signed in with a password given to them (by an administrator, or
	 * generated) that they have yet to replace; {@code false} for nobody signed in.
	 */
	@Transactional(readOnly = true)
	public boolean ownPasswordChangeRequired() {
		return this.access.username()
			.flatMap(this.accounts::findByUsernameIgnoreCase)
			.map(Account::passwordChangeRequired)
			.orElse(false);
	}

	/**
	 * Issues an API token for the caller's own account; it acts with the account's grants
	 * as they are when it is used.
	 * @param name what it is for
	 * @param expiresAt when it stops working, or {@code null} for never
	 */
	@Transactional
	public IssuedToken issueToken(String name, @Nullable Instant expiresAt) {
		Account account = self();
		Instant now = this.clock.instant();
		String label = PlainText.requiredLine("name", name);
		List<Violation> violations = new ArrayList<>();
		if (label.isEmpty() || label.length() > 100) {
			violations.add(Violation.of("name", "rule.token.name"));
		}
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			violations.add(Violation.of("expiresAt", "rule.token.expired"));
		}
		else if (expiresAt != null && expiresAt.isAfter(latestExpiry(now))) {
			violations.add(Violation.of("expiresAt", "rule.token.too-far", MAX_TOKEN_YEARS,
					latestExpiry(now).atOffset(ZoneOffset.UTC).toLocalDate().toString()));
		}
		RuleViolationException.throwIfAny(violations);
		String secret = TokenSecrets.generate();
		ApiToken token = this.tokens
			.saveAndFlush(new ApiToken(account.id(), label, TokenSecrets.hash(secret), now, expiresAt));
		return new IssuedToken(summary(token, account.username()), secret);
	}

	/** The caller's own tokens, newest first, revoked ones included. */
	@Transactional(readOnly = true)
	public List<TokenSummary> ownTokens() {
		Account account = self();
		return this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(account.id())
			.stream()
			.map(t -> summary(t, account.username()))
			.toList();
	}

	/**
	 * Revokes a token: the caller's own, or anyone's for an administrator.
	 * @throws NotFoundException if the caller has no such token (and is no administrator)
	 */
	@Transactional
	public TokenSummary revokeToken(long id) {
		Account caller = self();
		ApiToken token = this.tokens.findById(id)
			.filter(t -> t.accountId() == caller.id() || this.access.isAdmin())
			.orElseThrow(() -> new NotFoundException("token", String.valueOf(id)));
		token.revoke(this.clock.instant(), caller.username());
		String owner = this.accounts.findById(token.accountId()).map(Account::username).orElse("");
		return summary(token, owner);
	}

	private Account self() {
		String name = this.access.username().orElse(null);
		this.access.require(name != null && !SystemCurator.NAME.equals(name), "manage an account's own settings");
		return this.accounts.findByUsernameIgnoreCase(name)
			.orElseThrow(() -> new NotFoundException(KIND, String.valueOf(name)));
	}

	private void requireAdmin() {
		this.access.require(this.access.isAdmin(), "manage accounts");
	}

	private Account load(String username) {
		return this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new NotFoundException(KIND, username));
	}

	private static boolean isAdmin(Account account) {
		return account.enabled() && account.roles().stream().anyMatch(r -> r.role() == RegistryRole.ADMIN);
	}

	private static Instant latestExpiry(Instant now) {
		return now.atOffset(ZoneOffset.UTC).plusYears(MAX_TOKEN_YEARS).toInstant();
	}

	private static List<Violation> passwordViolations(String field, String username, @Nullable String password) {
		String problem = PasswordPolicy.problem(username, password);
		if (problem == null) {
			return List.of();
		}
		return List.of(problem.endsWith(".length") ? Violation.of(field, problem, MIN_PASSWORD, MAX_PASSWORD)
				: Violation.of(field, problem));
	}

	/** Each grant's scope must fit its role and name something the registry knows. */
	private List<Violation> grantViolations(@Nullable List<Grant> grants) {
		List<Violation> violations = new ArrayList<>();
		if (grants == null || grants.isEmpty()) {
			violations.add(Violation.of("roles", "rule.account.roles.empty"));
			return violations;
		}
		for (int i = 0; i < grants.size(); i++) {
			Grant grant = grants.get(i);
			String field = "roles[" + i + "].scope";
			String scope = grant.scope();
			boolean fits = switch (grant.role()) {
				case REPORTER -> !scope.isEmpty() && this.gazetteer.find(new GovernmentId(scope)).isPresent();
				case REVIEWER -> scope.length() > 3 && scope.charAt(2) == '-'
						&& this.gazetteer.subdivisions(scope.substring(0, 2).toUpperCase(Locale.ROOT), Locale.ENGLISH)
							.containsKey(scope.toUpperCase(Locale.ROOT));
				case CURATOR -> scope.isEmpty() || this.gazetteer.isCountry(scope.toUpperCase(Locale.ROOT));
				case ADMIN -> scope.isEmpty();
			};
			if (!fits) {
				violations.add(Violation.of(field, "rule.account.scope." + grant.role().name().toLowerCase(Locale.ROOT),
						scope));
			}
		}
		return violations;
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.id(), account.username(), account.enabled(), account.grants(),
				account.version(), account.passwordChangeRequired());
	}

	private static TokenSummary summary(ApiToken token, String owner) {
		return new TokenSummary(token.id(), token.name(), owner, token.createdAt(), token.expiresAt(),
				token.revokedAt());
	}

}
