package org.twinningregistry.shared;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Text as people enter it, checked and normalised in one place for every way in (forms,
 * API, data-package and spreadsheet imports): composed to Unicode NFC, stripped of blanks
 * at either end, and refused when it holds a character that only hides or corrupts text —
 * a control character (C0 but tab and line breaks in multi-line text, DEL, C1), a bidi
 * embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069) or half of a
 * surrogate pair; a single-line text (names, titles, codes) refuses tabs and line breaks
 * too. A refusal is an {@link InvalidTextException} naming the field, the character and
 * its position.
 */
public final class PlainText {

	private PlainText() {
	}

	/**
	 * A single-line text (a name, a title, a code), or {@code null} when blank.
	 * @throws InvalidTextException if it holds a character refused here
	 */
	public static @Nullable String line(String field, @Nullable String text) {
		return checked(field, text, false);
	}

	/**
	 * A required single-line text: as {@link #line}, but blank gives {@code ""} (the
	 * rules of the record report it missing).
	 */
	public static String requiredLine(String field, @Nullable String text) {
		String checked = checked(field, text, false);
		return (checked != null) ? checked : "";
	}

	/**
	 * A multi-line text (notes, a description, a citation), or {@code null} when blank.
	 * @throws InvalidTextException if it holds a character refused here
	 */
	public static @Nullable String lines(String field, @Nullable String text) {
		return checked(field, text, true);
	}

	/**
	 * What is wrong with a text, or {@code null} when nothing is: the first refused
	 * character, as a violation of the field whose arguments are the character
	 * ({@code U+202E}) and its position (1 for the first character).
	 */
	public static @Nullable Violation problem(String field, String text, boolean multiLine) {
		return problem(field, text, 0, text.length(), multiLine);
	}

	/**
	 * The first refused character between {@code from} and {@code to}, its position
	 * counted from the start of the whole text.
	 */
	private static @Nullable Violation problem(String field, String text, int from, int to, boolean multiLine) {
		int position = text.codePointCount(0, from);
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			position++;
			if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			String code = refusal(c, multiLine);
			if (code != null) {
				return Violation.of(field, code, String.format(Locale.ROOT, "U+%04X", (int) c), position);
			}
		}
		return null;
	}

	/**
	 * Checks the text between the blanks at either end (which are dropped, line breaks
	 * and tabs among them), then composes it.
	 */
	private static @Nullable String checked(String field, @Nullable String text, boolean multiLine) {
		if (text == null) {
			return null;
		}
		int from = 0;
		int to = text.length();
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		if (from == to) {
			return null;
		}
		Violation violation = problem(field, text, from, to, multiLine);
		if (violation != null) {
			throw new InvalidTextException(violation);
		}
		String inner = text.substring(from, to);
		String normal = Normalizer.isNormalized(inner, Normalizer.Form.NFC) ? inner
				: Normalizer.normalize(inner, Normalizer.Form.NFC);
		return normal.strip();
	}

	private static @Nullable String refusal(char c, boolean multiLine) {
		if (Character.isSurrogate(c)) {
			return "rule.text.unpaired-surrogate";
		}
		if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
			return "rule.text.bidi-control";
		}
		if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
			return multiLine ? null : "rule.text.line-break";
		}
		if (c == '\t') {
			return multiLine ? null : "rule.text.control-character";
		}
		if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
			return "rule.text.control-character";
		}
		return null;
	}

}
