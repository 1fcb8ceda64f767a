package org.twinningregistry.shared;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	@Test
	void foldsAccentsCaseAndSpaces() {
		assertThat(Text.fold("  Québec  City  ")).isEqualTo("quebec city");
		assertThat(Text.fold("Mayor’s   DELEGATION\t\nto  Hwaseong ")).isEqualTo("mayor's delegation to hwaseong");
		assertThat(Text.fold("화성시")).isEqualTo("화성시");
		assertThat(Text.fold(null)).isEmpty();
	}

	@Test
	void asciiTextFoldsAsTheGeneralWayDoes() {
		// given: ASCII texts of letters, digits, punctuation, spaces and control
		// characters
		Random random = new Random(2019);
		String alphabet = "aZ9 .,'-\t\n\u000b\f\r\u0001\u001f\u007f" + "ABCxyz";
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}

			// then
			assertThat(Text.fold(text.toString())).as("fold of %s", text.toString().chars().boxed().toList())
				.isEqualTo(Text.foldAny(text.toString()));
		}
	}

}
