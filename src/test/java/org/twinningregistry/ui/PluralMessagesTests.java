package org.twinningregistry.ui;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts read as people write them: "one row left out", not "1 rows left out"; years
 * without thousands separators ("between 1900 and 2026", not "1,900 and 2,026").
 */
class PluralMessagesTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("messages", "i18n/pages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@Test
	void aPairsListsCountsAgreeWithTheirNumbers() {
		assertThat(text("importexport.pairs.committed.summary", Locale.ENGLISH, 1, 1, 1, 1))
			.isEqualTo("One government and one agreement created; one pair already had an agreement of this type; "
					+ "one row left out.");
		assertThat(text("importexport.pairs.committed.summary", Locale.ENGLISH, 0, 2, 0, 3))
			.isEqualTo("No government and 2 agreements created; no pair already had an agreement of this type; "
					+ "3 rows left out.");
		assertThat(text("importexport.pairs.committed.summary", Locale.FRENCH, 1, 2, 1, 1)).isEqualTo(
				"Un gouvernement créé et 2 accords créés ; une paire avait déjà un accord de ce type ; une ligne laissée de côté.");
		assertThat(text("importexport.pairs.report.summary", Locale.ENGLISH, 1, 1, 0, 0, 0))
			.isEqualTo("One row: 1 placed, 0 ambiguous, no duplicate, 0 unplaced.");
		assertThat(text("importexport.job.done", Locale.ENGLISH, 1)).isEqualTo("One row done.");
		assertThat(text("importexport.job.done", Locale.FRENCH, 1200)).matches("1\\D200 lignes traitées\\.");
	}

	@Test
	void yearsHaveNoThousandsSeparators() {
		assertThat(text("rule.range", Locale.ENGLISH, 1900, 2026)).isEqualTo("Must be between 1900 and 2026.");
		assertThat(text("rule.range", Locale.FRENCH, 1900, 2026)).isEqualTo("Doit être entre 1900 et 2026.");
		assertThat(text("rule.engagement.date.other-year", Locale.ENGLISH, "2019-07-10", 2024)).contains("(2024)");
	}

	private static String text(String key, Locale locale, Object... arguments) {
		return MESSAGES.getMessage(key, arguments, locale);
	}

}
