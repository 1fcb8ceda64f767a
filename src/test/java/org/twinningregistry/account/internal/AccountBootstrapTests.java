package org.twinningregistry.account.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.account.domain.Account;
import org.twinningregistry.account.domain.AccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@ExtendWith(OutputCaptureExtension.class)
class AccountBootstrapTests {

	private final AccountRepository accounts = mock(AccountRepository.class);

	private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	/** A lock always free, as on a single instance. */
	private final LockProvider locks = configuration -> Optional.of(() -> {
	});

	private Account runWith(BootstrapSettings settings, String datasourceUrl) {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", datasourceUrl);
		new AccountBootstrap(this.accounts, this.passwords, settings, environment, this.locks)
			.run(new DefaultApplicationArguments());
		ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
		verify(this.accounts).save(saved.capture());
		return saved.getValue();
	}

	@Test
	void createsTheFirstCuratorFromSettings(CapturedOutput output) {
		// when
		Account account = runWith(new BootstrapSettings("maria", "s3cret-passphrase"), "jdbc:postgresql://db/r");

		// then
		assertThat(account.username()).isEqualTo("maria");
		assertThat(this.passwords.matches("s3cret-passphrase", account.passwordHash())).isTrue();
		assertThat(account.passwordHash()).startsWith("{bcrypt}");
		assertThat(account.roles()).extracting(Account.RoleGrant::role)
			.containsExactlyInAnyOrder(RegistryRole.ADMIN, RegistryRole.CURATOR);
		assertThat(output.getAll()).doesNotContain("s3cret-passphrase");
		// the operator chose it: nothing to replace
		assertThat(account.passwordChangeRequired()).isFalse();
	}

	@Test
	void generatesAndLogsAOneTimePasswordOnTheEmbeddedDatabase(CapturedOutput output) {
		// when
		Account account = runWith(new BootstrapSettings(null, null), "jdbc:h2:file:./data/registry");

		// then
		Matcher logged = Pattern.compile("one-time password: (\\S+)").matcher(output.getAll());
		assertThat(logged.find()).isTrue();
		assertThat(account.username()).isEqualTo("curator");
		assertThat(this.passwords.matches(logged.group(1), account.passwordHash())).isTrue();
		assertThat(logged.group(1)).hasSizeGreaterThanOrEqualTo(20);
		// one-time: it must be replaced at the first sign-in
		assertThat(account.passwordChangeRequired()).isTrue();
		assertThat(output.getAll()).contains("choose your own password");
	}

	@Test
	void generatesADifferentPasswordEachTime(CapturedOutput output) {
		// when
		runWith(new BootstrapSettings(null, null), "jdbc:h2:mem:a");
		AccountRepository second = mock(AccountRepository.class);
		new AccountBootstrap(second, this.passwords, new BootstrapSettings(null, null),
				new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:b"), this.locks)
			.run(new DefaultApplicationArguments());

		// then
		Matcher logged = Pattern.compile("one-time password: (\\S+)").matcher(output.getAll());
		assertThat(logged.find()).isTrue();
		String first = logged.group(1);
		assertThat(logged.find()).isTrue();
		assertThat(logged.group(1)).isNotEqualTo(first);
	}

	@Test
	void createsNoAccountWithoutSettingsOnAnotherDatabase(CapturedOutput output) {
		// when
		new AccountBootstrap(this.accounts, this.passwords, new BootstrapSettings(null, null),
				new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/r"), this.locks)
			.run(new DefaultApplicationArguments());

		// then
		verify(this.accounts, never()).save(any());
		assertThat(output.getAll()).contains("nobody can sign in");
	}

	@Test
	void doesNothingWhenAnAccountExists() {
		// given
		given(this.accounts.count()).willReturn(1L);

		// when
		new AccountBootstrap(this.accounts, this.passwords, new BootstrapSettings("x", "y"),
				new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:c"), this.locks)
			.run(new DefaultApplicationArguments());

		// then
		verify(this.accounts, never()).save(any());
	}

	@Test
	void leavesTheFirstAccountToTheInstanceHoldingTheLock(CapturedOutput output) {
		// given: another instance starting on the same empty database holds the lock
		LockProvider taken = configuration -> Optional.empty();

		// when
		new AccountBootstrap(this.accounts, this.passwords, new BootstrapSettings("maria", "s3cret-passphrase"),
				new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/r"), taken)
			.run(new DefaultApplicationArguments());

		// then
		verify(this.accounts, never()).save(any());
		assertThat(output.getAll()).contains("Another instance is creating the first account");
	}

}
