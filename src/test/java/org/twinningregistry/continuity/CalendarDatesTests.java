package org.twinningregistry.continuity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarDatesTests {

	private static final Period NOTICE = Period.ofMonths(6);

	@Test
	void burnabyAndHwaseongSignedOn2010_07_20KeepTheirTenthAnniversaryOn2020_07_20() {
		// given
		AgreementSummary agreement = agreement("2010-07-20", null, List.of());
		// when
		List<CalendarItem> items = CalendarDates.of(agreement, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
				NOTICE);
		// then
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.type()).isEqualTo(CalendarItemType.ANNIVERSARY);
			assertThat(item.years()).isEqualTo(10);
			assertThat(item.date()).hasToString("2020-07-20");
			assertThat(item.day()).isEqualTo(LocalDate.of(2020, 7, 20));
			assertThat(item.uid()).isEqualTo("anniversary-10.burnaby-hwaseong@twinning-registry");
		});
	}

	@Test
	void keepsEveryFifthYearOnlyAndToThePrecisionOfTheSigning() {
		// when
		List<CalendarItem> monthly = CalendarDates.of(agreement("2010-07", null, List.of()), LocalDate.of(2014, 1, 1),
				LocalDate.of(2026, 12, 31), NOTICE);
		List<CalendarItem> yearly = CalendarDates.of(agreement("2010", null, List.of()), LocalDate.of(2015, 6, 1),
				LocalDate.of(2015, 6, 30), NOTICE);
		// then
		assertThat(monthly).extracting(i -> i.date().toString()).containsExactly("2015-07", "2020-07", "2025-07");
		assertThat(yearly).extracting(i -> i.date().toString()).containsExactly("2015");
	}

	@Test
	void aLeapDaySigningHasItsAnniversaryOnThe28thInOtherYears() {
		// when
		List<CalendarItem> items = CalendarDates.of(agreement("2004-02-29", null, List.of()), LocalDate.of(2009, 1, 1),
				LocalDate.of(2009, 12, 31), NOTICE);
		// then
		assertThat(items).extracting(i -> i.date().toString()).containsExactly("2009-02-28");
	}

	@Test
	void anAgreementNoLongerCurrentHasNoAnniversary() {
		// given: superseded by an agreement signed 2010-07-20, before its fifth year
		// when
		List<CalendarItem> items = CalendarDates.of(
				agreement("2005-10-01", null, List.of(PartialDate.parse("2010-07-20"))), LocalDate.of(2010, 1, 1),
				LocalDate.of(2020, 12, 31), NOTICE);
		// then
		assertThat(items).isEmpty();
	}

	@Test
	void aFixedTermAgreementHasItsTermEndAndTheRenewalDecisionBeforeIt() {
		// when
		List<CalendarItem> items = CalendarDates.of(agreement("2021-03-01", "2030-02-28", List.of()),
				LocalDate.of(2029, 1, 1), LocalDate.of(2030, 12, 31), NOTICE);
		// then
		assertThat(items).extracting(CalendarItem::type, i -> i.day().toString())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CalendarItemType.TERM_END, "2030-02-28"),
					org.assertj.core.groups.Tuple.tuple(CalendarItemType.RENEWAL_DUE, "2029-08-28"));
		assertThat(items).extracting(CalendarItem::uid)
			.contains("term-end.burnaby-hwaseong.2030-02-28@twinning-registry");
	}

	private static AgreementSummary agreement(String signed, @Nullable String termEnds,
			List<PartialDate> supersededBy) {
		AgreementValues values = ContinuityFixtures.agreement(ContinuityFixtures.BURNABY, ContinuityFixtures.HWASEONG,
				AgreementType.SISTER, signed, termEnds, null, null);
		return new AgreementSummary(new AgreementId("burnaby-hwaseong"), values,
				new AgreementParty(ContinuityFixtures.BURNABY, "Burnaby", null, null, "CA", "CA-BC"),
				new AgreementParty(ContinuityFixtures.HWASEONG, "Hwaseong", null, "화성시", "KR", "KR-41"), supersededBy,
				0);
	}

}
