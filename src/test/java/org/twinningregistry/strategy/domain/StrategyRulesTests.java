package org.twinningregistry.strategy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StrategyValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StrategyRulesTests {

	private static final GovernmentId BC = new GovernmentId("CA-BC");

	private static List<String> check(StrategyValues values) {
		return StrategyRules.check(values, true, Set.of("KR", "JP", "CA")::contains)
			.stream()
			.map(Violation::field)
			.map(String::valueOf)
			.toList();
	}

	private static StrategyValues strategy(List<Category> purposes, List<String> countries, Office office,
			LocalDate adopted, LocalDate reviewBy) {
		return new StrategyValues(BC, purposes, new Statement("Trade.", null, "ko", "무역"), countries, office, adopted,
				reviewBy);
	}

	@Test
	void acceptsAStrategyWithPurposesCountriesAndAnOffice() {
		assertThat(check(strategy(List.of(Category.POLICY, Category.ECONOMY), List.of("kr", "JP"),
				new Office("IRS", "irs@gov.bc.ca", "https://gov.bc.ca"), LocalDate.of(2023, 4, 1),
				LocalDate.of(2026, 3, 31))))
			.isEmpty();
	}

	@Test
	void refusesNoPurposeOrOneTwice() {
		assertThat(check(strategy(List.of(), List.of(), null, null, null))).containsExactly("purposes");
		assertThat(check(strategy(List.of(Category.YOUTH, Category.YOUTH), List.of(), null, null, null)))
			.containsExactly("purposes");
	}

	@Test
	void refusesUnknownOrRepeatedCountries() {
		assertThat(check(strategy(List.of(Category.YOUTH), List.of("XX", "KR", "kr"), null, null, null)))
			.containsExactly("preferredCountries", "preferredCountries");
	}

	@Test
	void checksTheOfficesAddressesAndTheDates() {
		assertThat(check(strategy(List.of(Category.YOUTH), List.of(), new Office(" ", "no-at-sign", "javascript:x"),
				LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1))))
			.containsExactly("office.name", "office.email", "office.url", "reviewBy");
	}

	@Test
	void aStatementHasEnglishFrenchAndAtMostOneOwnLanguage() {
		assertThat(Statement.of(Map.of("en", "E", "ko", "K")).texts()).containsEntry("ko", "K")
			.containsEntry("en", "E");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Statement.of(new TreeMap<>(Map.of("ko", "K", "ja", "J"))));
		assertThatIllegalArgumentException().isThrownBy(() -> new Statement(null, null, "fr", "doublon"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Statement(null, null, "korean", "K"));
	}

}
