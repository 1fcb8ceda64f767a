package org.twinningregistry.account.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void keepsTheLengthRule() {
		assertThat(PasswordPolicy.problem("ana", "short")).isEqualTo("rule.account.password.length");
		assertThat(PasswordPolicy.problem("ana", "x".repeat(129))).isEqualTo("rule.account.password.length");
		assertThat(PasswordPolicy.problem("ana", null)).isEqualTo("rule.account.password.length");
	}

	@Test
	void refusesControlCharacters() {
		assertThat(PasswordPolicy.problem("ana", "\u0000".repeat(12))).isEqualTo("rule.account.password.control");
		assertThat(PasswordPolicy.problem("ana", "Kx9#mQ2$vL7!\n")).isEqualTo("rule.account.password.control");
		assertThat(PasswordPolicy.problem("ana", "Kx9#mQ2$vL7!\u0085")).isEqualTo("rule.account.password.control");
	}

	@Test
	void refusesPatterns() {
		for (String password : new String[] { "aaaaaaaaaaaa", "123456789012", "abcdefghijklm", "zyxwvutsrqpo",
				"qwertyuiop[]", "1qaz2wsx3edc4rfv", "asdfghjkl;'a", "abcabcabcabc", "121212121212", "ababababXXXX" }) {
			assertThat(PasswordPolicy.problem("ana", password)).as(password).isEqualTo("rule.account.password.trivial");
		}
	}

	@Test
	void refusesCommonPasswordsAlsoWithDigitsAroundOrLettersSwapped() {
		for (String password : new String[] { "baseball1234", "1234Football!!", "Superman2024", "iloveyou1234",
				"sunshine!!!!", "$unsh1ne2020" }) {
			assertThat(PasswordPolicy.problem("ana", password)).as(password).isEqualTo("rule.account.password.common");
		}
	}

	@Test
	void refusesTheUserNameAndTheServicesName() {
		assertThat(PasswordPolicy.problem("rita.reporter", "rita.reporter"))
			.isEqualTo("rule.account.password.username");
		assertThat(PasswordPolicy.problem("rita", "Rita-2024-xyz!")).isEqualTo("rule.account.password.username");
		for (String password : new String[] { "MyPassword2024", "p@ssw0rd-for-me", "twinning-2024!",
				"the-registry-x" }) {
			assertThat(PasswordPolicy.problem("ana", password)).as(password).isEqualTo("rule.account.password.context");
		}
	}

	@Test
	void acceptsLongUnguessablePasswordsAndPassphrases() {
		for (String password : new String[] { "a-long-enough-passphrase", "another-long-passphrase", "Kx9#mQ2$vL7!",
				"correct horse battery staple", "tuile-rivière-hibou-7", "서울에서 만난 친구들과" }) {
			assertThat(PasswordPolicy.problem("ana", password)).as(password).isNull();
		}
	}

}
