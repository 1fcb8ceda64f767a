package org.twinningregistry.engagement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.agreement.AgreementFixtures.BURNABY;
import static org.twinningregistry.agreement.AgreementFixtures.HWASEONG;
import static org.twinningregistry.agreement.AgreementFixtures.agreementSigned;
import static org.twinningregistry.agreement.AgreementFixtures.ended;

class EngagementRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	private static final AgreementSummary AGREEMENT = summary(agreementSigned("2010-07-01"));

	private static AgreementSummary summary(org.twinningregistry.agreement.AgreementValues values) {
		return new AgreementSummary(new AgreementId("a-1"), values,
				new AgreementParty(BURNABY, "Burnaby", null, null, "CA", "CA-BC"),
				new AgreementParty(HWASEONG, "Hwaseong", null, "화성시", "KR", "KR-41"), List.of(), 0);
	}

	private static EngagementValues engagement(int year, String origin, BigDecimal cost, String currency) {
		return new EngagementValues(new AgreementId("a-1"), year, null, null, Category.YOUTH, origin,
				EngagementForm.PROGRAM, EngagementMode.IN_PERSON, 12, null, cost, currency, "Youth exchange", null,
				null);
	}

	private static List<String> codes(List<Violation> violations) {
		return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
	}

	@Test
	void originIsOneOfThePartiesOrBoth() {
		// then
		assertThat(EngagementRules.check(engagement(2015, BURNABY.value(), null, null), AgreementFacts.of(AGREEMENT),
				TODAY))
			.isEmpty();
		assertThat(EngagementRules.check(engagement(2015, "BOTH", null, null), AgreementFacts.of(AGREEMENT), TODAY))
			.isEmpty();
		assertThat(codes(EngagementRules.check(engagement(2015, "CA-BC-surrey", null, null),
				AgreementFacts.of(AGREEMENT), TODAY)))
			.containsExactly("origin:rule.engagement.origin");
	}

	@Test
	void needsAnAgreementThatExists() {
		// then
		assertThat(codes(EngagementRules.check(engagement(2015, "BOTH", null, null), null, TODAY)))
			.containsExactly("agreement:rule.engagement.agreement.unknown");
	}

	@Test
	void costNeedsAKnownCurrencyAndAtMostTwoDecimals() {
		// then
		assertThat(codes(EngagementRules.check(engagement(2015, "BOTH", new BigDecimal("100"), null),
				AgreementFacts.of(AGREEMENT), TODAY)))
			.containsExactly("currency:rule.engagement.currency.required");
		assertThat(codes(EngagementRules.check(engagement(2015, "BOTH", new BigDecimal("100"), "XYZ"),
				AgreementFacts.of(AGREEMENT), TODAY)))
			.containsExactly("currency:rule.engagement.currency.unknown");
		assertThat(codes(EngagementRules.check(engagement(2015, "BOTH", new BigDecimal("1.005"), "CAD"),
				AgreementFacts.of(AGREEMENT), TODAY)))
			.containsExactly("cost:rule.engagement.cost.digits");
		assertThat(EngagementRules.check(engagement(2015, "BOTH", new BigDecimal("1500.50"), "KRW"),
				AgreementFacts.of(AGREEMENT), TODAY))
			.isEmpty();
	}

	@Test
	void endDateIsNotBeforeStartDate() {
		// given
		EngagementValues e = engagement(2015, "BOTH", null, null);
		EngagementValues backwards = new EngagementValues(e.agreement(), 2015, PartialDate.parse("2015-05-10"),
				PartialDate.parse("2015-05-01"), e.category(), e.origin(), e.form(), e.mode(), null, null, null, null,
				e.title(), null, null);

		// then
		assertThat(codes(EngagementRules.check(backwards, AgreementFacts.of(AGREEMENT), TODAY)))
			.containsExactly("endDate:rule.engagement.end-before-start");
	}

	@Test
	void warnsOfEngagementsOutsideTheAgreementsLife() {
		// then
		assertThat(codes(EngagementRules.warnings(engagement(2009, "BOTH", null, null), AgreementFacts.of(AGREEMENT))))
			.containsExactly("year:warning.engagement.before-signed");
		assertThat(EngagementRules.warnings(engagement(2010, "BOTH", null, null), AgreementFacts.of(AGREEMENT)))
			.isEmpty();
		AgreementSummary endedAgreement = summary(ended(agreementSigned("2010-07-01"), "2016-03"));
		assertThat(codes(
				EngagementRules.warnings(engagement(2017, "BOTH", null, null), AgreementFacts.of(endedAgreement))))
			.containsExactly("year:warning.engagement.after-ended");
	}

	@Test
	void correspondenceIsNotSubstantive() {
		// given
		EngagementValues e = engagement(2015, "BOTH", null, null);
		EngagementValues letter = new EngagementValues(e.agreement(), 2015, null, null, Category.ADMINISTRATIVE, "BOTH",
				EngagementForm.CORRESPONDENCE, EngagementMode.VIRTUAL, null, null, null, null, "New Year", null, null);

		// then
		assertThat(e.isSubstantive()).isTrue();
		assertThat(letter.isSubstantive()).isFalse();
	}

	@Test
	void boundsTheYearAndDatesFrom1900ToTheEndOfTheCurrentYear() {
		// given: today is in 2026; an engagement records what happened, so none in 2027
		AgreementFacts agreement = AgreementFacts.of(AGREEMENT);
		EngagementValues late = new EngagementValues(new AgreementId("a-1"), 2026, PartialDate.parse("2026-12"),
				PartialDate.parse("2027-01-02"), Category.YOUTH, "BOTH", null, null, null, null, null, null, "Visit",
				null, null);

		// when / then
		assertThat(EngagementRules.check(engagement(2026, "BOTH", null, null), agreement, TODAY)).isEmpty();
		assertThat(EngagementRules.check(engagement(9999, "BOTH", null, null), agreement, TODAY))
			.containsExactly(Violation.of("year", "rule.range", 1900, 2026));
		assertThat(codes(EngagementRules.check(engagement(2027, "BOTH", null, null), agreement, TODAY)))
			.containsExactly("year:rule.range");
		assertThat(codes(EngagementRules.check(engagement(1899, "BOTH", null, null), agreement, TODAY)))
			.containsExactly("year:rule.range");
		assertThat(EngagementRules.check(late, agreement, TODAY))
			.containsExactly(Violation.of("endDate", "rule.date.too-late", "2027-01-02", "2026-12-31"));
	}

	@Test
	void startsWithinItsYearAndMayEndInALaterOne() {
		// given
		AgreementFacts agreement = AgreementFacts.of(AGREEMENT);

		// when / then: 2019-07-10 is not in 2024; a programme of 2022 may run into 2023
		assertThat(EngagementRules.check(dated(2024, "2019-07-10", null), agreement, TODAY))
			.containsExactly(Violation.of("date", "rule.engagement.date.other-year", "2019-07-10", 2024));
		assertThat(codes(EngagementRules.check(dated(2024, "2025", null), agreement, TODAY)))
			.containsExactly("date:rule.engagement.date.other-year");
		assertThat(EngagementRules.check(dated(2022, "2022-09", "2023-08"), agreement, TODAY)).isEmpty();
		assertThat(EngagementRules.check(dated(2024, "2024", null), agreement, TODAY)).isEmpty();
	}

	private static EngagementValues dated(int year, String date, String endDate) {
		return new EngagementValues(new AgreementId("a-1"), year, PartialDate.parse(date),
				PartialDate.parseOrNull(endDate), Category.YOUTH, "BOTH", null, null, null, null, null, null, "Visit",
				null, null);
	}

}
