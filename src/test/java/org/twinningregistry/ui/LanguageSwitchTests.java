package org.twinningregistry.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language switch keeps every parameter of the page's query and sets only its
 * language.
 */
class LanguageSwitchTests {

	@Test
	void keepsEveryParameterAndItsEncoding() {
		assertThat(LanguageSwitch.href("country=CA&partner=JP&q=Montr%C3%A9al+Qu%C3%A9bec", "fr"))
			.isEqualTo("?country=CA&partner=JP&q=Montr%C3%A9al+Qu%C3%A9bec&lang=fr");
	}

	@Test
	void replacesTheLanguageAlreadyChosen() {
		assertThat(LanguageSwitch.href("lang=fr&q=burnaby&lang=en", "en")).isEqualTo("?q=burnaby&lang=en");
		assertThat(LanguageSwitch.href("language=x&langue=y&lang", "fr")).isEqualTo("?language=x&langue=y&lang=fr");
	}

	@Test
	void aPageWithoutQueryGetsOnlyTheLanguage() {
		assertThat(LanguageSwitch.href(null, "fr")).isEqualTo("?lang=fr");
		assertThat(LanguageSwitch.href("", "en")).isEqualTo("?lang=en");
		assertThat(LanguageSwitch.href("&&page=2&", "en")).isEqualTo("?page=2&lang=en");
	}

}
