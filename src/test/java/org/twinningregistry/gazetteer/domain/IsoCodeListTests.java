package org.twinningregistry.gazetteer.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country and subdivision lists the pickers show: named in the page's language,
 * sorted by name, made once per language.
 */
class IsoCodeListTests {

	private final IsoCodeList codes = new IsoCodeList();

	@Test
	void namesAndSortsCountriesInEachLanguage() {
		// when
		Map<String, String> english = this.codes.countries(Locale.ENGLISH);
		Map<String, String> french = this.codes.countries(Locale.CANADA_FRENCH);

		// then
		assertThat(english).hasSize(249).containsEntry("DE", "Germany").containsEntry("KR", "South Korea");
		assertThat(french).hasSize(249).containsEntry("DE", "Allemagne");
		assertThat(List.copyOf(english.keySet())).startsWith("AF", "AX", "AL");
		assertThat(List.copyOf(french.keySet())).startsWith("AF", "ZA", "AL", "DZ", "DE");
	}

	@Test
	void makesEachListOnce() {
		// then: the same list, whatever the locale of the language
		assertThat(this.codes.countries(Locale.FRENCH)).isSameAs(this.codes.countries(Locale.CANADA_FRENCH));
		assertThat(this.codes.countries(Locale.ENGLISH)).isSameAs(this.codes.countries(Locale.GERMAN))
			.isNotSameAs(this.codes.countries(Locale.FRENCH));
		assertThat(this.codes.subdivisions("CA", Locale.ENGLISH))
			.isSameAs(this.codes.subdivisions("CA", Locale.ENGLISH));
	}

	@Test
	void sortsACountrysSubdivisionsByName() {
		// when
		Map<String, String> canada = this.codes.subdivisions("CA", Locale.ENGLISH);

		// then
		assertThat(canada).hasSize(13).containsEntry("CA-BC", "British Columbia");
		assertThat(List.copyOf(canada.keySet())).startsWith("CA-AB", "CA-BC", "CA-MB");
		assertThat(this.codes.subdivisions("XX", Locale.ENGLISH)).isEmpty();
		assertThat(this.codes.subdivisions("C", Locale.ENGLISH)).isEmpty();
	}

}
