package org.twinningregistry.strategy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.PlainText;

/**
 * What a strategy says, in English, in French and, optionally, in the government's own
 * language (Korean for a Korean city): each text is optional. Text is checked and
 * normalised by {@link PlainText}.
 *
 * @param en the statement in English
 * @param fr the statement in French
 * @param nativeLanguage the ISO 639 code (two or three lower-case letters) of the own
 * language, with {@code nativeText}
 * @param nativeText the statement in that language
 */
public record Statement(@Nullable String en, @Nullable String fr, @Nullable String nativeLanguage,
		@Nullable String nativeText) {

	/** The most characters a statement has in one language. */
	public static final int MAX_TEXT = 4000;

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	/** No statement. */
	public static final Statement NONE = new Statement(null, null, null, null);

	/**
	 * @throws IllegalArgumentException if the own language is not a two- or three-letter
	 * code, is English or French, or is given without a text (or a text without it)
	 */
	public Statement {
		en = PlainText.lines("statement.en", en);
		fr = PlainText.lines("statement.fr", fr);
		nativeLanguage = PlainText.line("statement", nativeLanguage);
		nativeLanguage = (nativeLanguage != null) ? nativeLanguage.toLowerCase(Locale.ROOT) : null;
		nativeText = PlainText.lines("statement." + nativeLanguage, nativeText);
		if (nativeLanguage != null && (!LANGUAGE.matcher(nativeLanguage).matches() || nativeLanguage.equals("en")
				|| nativeLanguage.equals("fr"))) {
			throw new IllegalArgumentException("a statement's own language is a code such as ko, not en or fr");
		}
		if ((nativeLanguage == null) != (nativeText == null)) {
			throw new IllegalArgumentException("a statement's own language comes with its text");
		}
	}

	/**
	 * The statement from the API's object of texts by language code: {@code en},
	 * {@code fr} and at most one other.
	 * @throws IllegalArgumentException if it holds two other languages or a malformed
	 * code
	 */
	public static Statement of(@Nullable Map<String, @Nullable String> texts) {
		if (texts == null) {
			return NONE;
		}
		String language = null;
		String text = null;
		for (Map.Entry<String, @Nullable String> entry : texts.entrySet()) {
			String code = entry.getKey().toLowerCase(Locale.ROOT);
			if (!code.equals("en") && !code.equals("fr") && entry.getValue() != null && !entry.getValue().isBlank()) {
				if (language != null) {
					throw new IllegalArgumentException(
							"a statement has English, French and at most one other language");
				}
				language = code;
				text = entry.getValue();
			}
		}
		return new Statement(texts.get("en"), texts.get("fr"), language, text);
	}

	/** The texts by language code, as the API shows them (English, French, own). */
	public Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		if (this.en != null) {
			texts.put("en", this.en);
		}
		if (this.fr != null) {
			texts.put("fr", this.fr);
		}
		if (this.nativeLanguage != null && this.nativeText != null) {
			texts.put(this.nativeLanguage, this.nativeText);
		}
		return texts;
	}

	/** The text for a reader of this language: theirs, else English, else French. */
	public @Nullable String in(Locale locale) {
		String language = locale.getLanguage();
		if (language.equals(this.nativeLanguage) && this.nativeText != null) {
			return this.nativeText;
		}
		if (language.equals("fr") && this.fr != null) {
			return this.fr;
		}
		return (this.en != null) ? this.en : this.fr;
	}

}
