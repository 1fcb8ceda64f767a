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
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String stripped = MARKS.matcher(decomposed).replaceAll("");
		String composed = Normalizer.normalize(stripped, Normalizer.Form.NFC);
		return composed.toLowerCase(Locale.ROOT).replace('’', '\'').trim().replaceAll("\\s+", " ");
	}

	/** Trims a text; blank gives {@code null}. */
	public static @Nullable String trimToNull(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
