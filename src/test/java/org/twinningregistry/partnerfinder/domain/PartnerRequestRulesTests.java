package org.twinningregistry.partnerfinder.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.partnerfinder.PartnerSize;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerRequestRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final Set<String> COUNTRIES = Set.of("CA", "KR", "JP");

	@Test
	void acceptsARequestSeekingAnywhereOfAnySize() {
		// when
		List<Violation> violations = check(
				request(List.of(), List.of(Category.ECONOMY), PartnerSize.ANY, null, null, TODAY.plusDays(1)));
		// then
		assertThat(violations).isEmpty();
	}

	@Test
	void namesEveryBrokenRuleByItsField() {
		// when
		List<Violation> violations = check(request(List.of("KR", "ZZ", "KR"), List.of(), new PartnerSize(0L, -1L),
				GovernmentLevel.NATIONAL, new Office("IRO", "nobody", "ftp://x"), TODAY));
		// then
		assertThat(violations).extracting(Violation::field)
			.containsExactly("seekingCountries", "seekingCountries", "purposes", "partnerSize.min", "partnerSize.max",
					"level", "office.email", "office.url", "expires");
		assertThat(violations).extracting(Violation::code)
			.contains("rule.partner-request.country.unknown", "rule.partner-request.country.twice",
					"rule.partner-request.expires");
	}

	@Test
	void refusesASmallestPopulationAboveTheLargest() {
		// when
		List<Violation> violations = check(request(List.of(), List.of(Category.YOUTH, Category.YOUTH),
				new PartnerSize(500L, 100L), GovernmentLevel.LOCAL, null, TODAY.plusYears(1)));
		// then
		assertThat(violations).extracting(Violation::code)
			.containsExactly("rule.partner-request.purposes.twice", "rule.partner-request.size.order");
	}

	@Test
	void aRequestStaysOnTheListThroughItsExpiryDay() {
		// given
		PartnerRequestValues request = request(List.of(), List.of(Category.ECONOMY), PartnerSize.ANY, null, null,
				TODAY);
		// then
		assertThat(request.activeOn(TODAY)).isTrue();
		assertThat(request.activeOn(TODAY.plusDays(1))).isFalse();
		assertThat(request.seeks("FR")).isTrue();
		assertThat(request(List.of("kr"), List.of(), PartnerSize.ANY, null, null, TODAY).seeks("KR")).isTrue();
	}

	private static List<Violation> check(PartnerRequestValues values) {
		return PartnerRequestRules.check(values, true, COUNTRIES::contains, TODAY);
	}

	private static PartnerRequestValues request(List<String> countries, List<Category> purposes, PartnerSize size,
			GovernmentLevel level, Office office, LocalDate expires) {
		return new PartnerRequestValues(new GovernmentId("CA-BC-burnaby"), countries, purposes, size, level,
				Statement.NONE, office, expires);
	}

}
