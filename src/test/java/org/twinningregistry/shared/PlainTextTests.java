package org.twinningregistry.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTests {

	@Test
	void composesToNfcAndTrims() {
		assertThat(PlainText.line("name", "  Montre\u0301al ")).isEqualTo("Montréal");
		assertThat(PlainText.line("name", "\u1109\u1165\u110b\u116e\u11af")).isEqualTo("서울");
		assertThat(PlainText.line("name", " \t ")).isNull();
		assertThat(PlainText.line("name", "\tLaval\r\n")).isEqualTo("Laval");
		assertThat(PlainText.requiredLine("name", null)).isEmpty();
		assertThat(PlainText.lines("notes", "one\r\n\ttwo 🎎\n")).isEqualTo("one\r\n\ttwo 🎎");
		assertThat(PlainText.line("name", "\u05d7\u05d9\u05e4\u05d4\u200f"))
			.isEqualTo("\u05d7\u05d9\u05e4\u05d4\u200f");
	}

	@Test
	void refusesControlsBidiOverridesAndBrokenSurrogatesWithTheirPosition() {
		assertRefused("a\u0000b", false, "rule.text.control-character", "U+0000", 2);
		assertRefused("ab\u007F", true, "rule.text.control-character", "U+007F", 3);
		assertRefused("\u0085", true, "rule.text.control-character", "U+0085", 1);
		assertRefused("🎎\u202E", true, "rule.text.bidi-control", "U+202E", 2);
		assertRefused("x\u2066", false, "rule.text.bidi-control", "U+2066", 2);
		assertRefused("x\uD800y", true, "rule.text.unpaired-surrogate", "U+D800", 2);
		assertRefused("\uDC00", true, "rule.text.unpaired-surrogate", "U+DC00", 1);
		assertRefused("a\nb", false, "rule.text.line-break", "U+000A", 2);
		assertRefused("a\u2028b", false, "rule.text.line-break", "U+2028", 2);
		assertRefused("a\tb", false, "rule.text.control-character", "U+0009", 2);
	}

	@Test
	void throwsAFieldLevelViolation() {
		assertThatThrownBy(() -> PlainText.line("title", "a\u202Eb")).isInstanceOf(InvalidTextException.class)
			.extracting(e -> ((InvalidTextException) e).violations().get(0))
			.isEqualTo(Violation.of("title", "rule.text.bidi-control", "U+202E", 2));
	}

	@Test
	void countsPositionsInCharactersFromTheStartAsTyped() {
		assertThatThrownBy(() -> PlainText.line("name", "  \uD83C\uDF89a\u0000"))
			.isInstanceOf(InvalidTextException.class)
			.extracting(e -> ((InvalidTextException) e).violations().get(0).arguments())
			.isEqualTo(java.util.List.of("U+0000", 5));
	}

	private static void assertRefused(String text, boolean multiLine, String code, String character, int position) {
		assertThat(PlainText.problem("f", text, multiLine)).as(text)
			.isEqualTo(Violation.of("f", code, character, position));
	}

}
