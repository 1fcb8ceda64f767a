package org.twinningregistry.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text normalisation shared by every search: case- and accent-insensitive matching is
 * done by comparing folded forms, computed the same way when a record is stored and when
 * a query comes.
 */
public final class Text {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Text() {
	}

	/**
	 * Folds a text for search: decomposes it, drops combining marks (accents),
	 * lower-cases it and squeezes white space. Hangul syllables are recomposed so that
	 * Korean names match as typed.
	 */
	public static String fold(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return isAscii(text) ? foldAscii(text) : foldAny(text);
	}

	/** {@link #fold} for any text, the general way. */
	static String foldAny(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String stripped = MARKS.matcher(decomposed).replaceAll("");
		String composed = Normalizer.normalize(stripped, Normalizer.Form.NFC);
		return composed.toLowerCase(Locale.ROOT).replace('’', '\'').trim().replaceAll("\\s+", " ");
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What {@link #fold} gives for ASCII text, in one pass (bulk imports fold millions of
	 * titles): there are no marks to drop nor anything to recompose, so lower-case, trim
	 * (every control character and space at either end) and squeeze runs of white space
	 * into one space.
	 */
	private static String foldAscii(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) <= ' ') {
			start++;
		}
		while (end > start && text.charAt(end - 1) <= ' ') {
			end--;
		}
		StringBuilder folded = new StringBuilder(end - start);
		boolean space = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == ' ' || (c >= '\t' && c <= '\r')) {
				space = true;
				continue;
			}
			if (space) {
				folded.append(' ');
				space = false;
			}
			folded.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
		}
		return folded.toString();
	}

	/** Trims a text; blank gives {@code null}. */
	public static @Nullable String trimToNull(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** Trims and upper-cases a code (country, subdivision); blank gives {@code null}. */
	public static @Nullable String codeOrNull(@Nullable String code) {
		String trimmed = trimToNull(code);
		return (trimmed != null) ? trimmed.toUpperCase(Locale.ROOT) : null;
	}

}
