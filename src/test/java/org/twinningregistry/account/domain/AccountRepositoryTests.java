package org.twinningregistry.account.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.account.domain.Account.RoleGrant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts' and tokens' queries, on the engine the tests run on (H2, or PostgreSQL
 * under the {@code postgresql} profile: the test database is not replaced). Each test
 * runs in a transaction rolled back at its end, so it may start from empty tables.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class AccountRepositoryTests {

	private static final Instant NOON = Instant.parse("2026-01-01T12:00:00Z");

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private ApiTokenRepository tokens;

	@BeforeEach
	void empty() {
		this.tokens.deleteAllInBatch();
		this.accounts.deleteAll();
	}

	@Test
	void findsAnAccountByItsUserNameInAnyCase() {
		// given
		this.accounts.saveAndFlush(account("Alice", true, new RoleGrant(RegistryRole.REPORTER, "KR-41-hwaseong")));

		// when / then
		assertThat(this.accounts.findByUsernameIgnoreCase("aLICE")).get()
			.extracting(Account::username)
			.isEqualTo("Alice");
		assertThat(this.accounts.findByUsernameIgnoreCase("alic")).isEmpty();
	}

	@Test
	void countsEnabledAccountsHoldingARoleOncePerAccount() {
		// given
		this.accounts.save(account("curator-of-two", true, new RoleGrant(RegistryRole.CURATOR, "CA"),
				new RoleGrant(RegistryRole.CURATOR, "KR")));
		this.accounts.save(account("disabled-curator", false, new RoleGrant(RegistryRole.CURATOR, "")));
		this.accounts.saveAndFlush(account("reporter", true, new RoleGrant(RegistryRole.REPORTER, "KR-41-hwaseong")));

		// when / then
		assertThat(this.accounts.countEnabledWithRole(RegistryRole.CURATOR)).isOne();
		assertThat(this.accounts.countEnabledWithRole(RegistryRole.REPORTER)).isOne();
		assertThat(this.accounts.countEnabledWithRole(RegistryRole.ADMIN)).isZero();
	}

	@Test
	void listsAnAccountsTokensNewestFirstAndFindsOneByItsHash() {
		// given
		long owner = this.accounts.saveAndFlush(account("owner", true)).id();
		long other = this.accounts.saveAndFlush(account("other", true)).id();
		ApiToken older = this.tokens.save(new ApiToken(owner, "older", "hash-1", NOON.minusSeconds(60), null));
		ApiToken first = this.tokens.save(new ApiToken(owner, "first at noon", "hash-2", NOON, null));
		ApiToken second = this.tokens.save(new ApiToken(owner, "second at noon", "hash-3", NOON, null));
		this.tokens.saveAndFlush(new ApiToken(other, "someone else's", "hash-4", NOON.plusSeconds(60), null));

		// when
		List<ApiToken> owned = this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(owner);

		// then
		assertThat(owned).extracting(ApiToken::id).containsExactly(second.id(), first.id(), older.id());
		assertThat(this.tokens.findByTokenHash("hash-2")).get().extracting(ApiToken::name).isEqualTo("first at noon");
		assertThat(this.tokens.findByTokenHash("hash-5")).isEmpty();
	}

	private static Account account(String username, boolean enabled, RoleGrant... grants) {
		Account account = new Account(username, "{noop}unused", List.of(grants));
		if (!enabled) {
			account.change(account.grants(), false);
		}
		return account;
	}

}
