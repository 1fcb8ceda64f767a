package org.twinningregistry.agreement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.twinningregistry.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.agreement.AgreementFixtures.agreementSigned;
import static org.twinningregistry.agreement.AgreementFixtures.ended;
import static org.twinningregistry.agreement.AgreementFixtures.withTermEnds;

class CurrentAgreementRuleTests {

	private static boolean current(AgreementValues agreement, String asOf, String... supersedingSigned) {
		List<PartialDate> superseding = java.util.Arrays.stream(supersedingSigned).map(PartialDate::parse).toList();
		return CurrentAgreementRule.isCurrent(agreement, superseding, LocalDate.parse(asOf));
	}

	@Test
	void isCurrentFromTheDaySignedOn() {
		// given
		AgreementValues agreement = agreementSigned("2010-07-01");

		// then
		assertThat(current(agreement, "2010-06-30")).isFalse();
		assertThat(current(agreement, "2010-07-01")).isTrue();
		assertThat(current(agreement, "2030-01-01")).isTrue();
	}

	@Test
	void yearOnlySigningCountsFromTheFirstDayOfThatYear() {
		// given
		AgreementValues agreement = agreementSigned("2004");

		// then
		assertThat(current(agreement, "2003-12-31")).isFalse();
		assertThat(current(agreement, "2004-01-01")).isTrue();
	}

	@Test
	void monthOnlySigningCountsFromTheFirstDayOfThatMonth() {
		// given
		AgreementValues agreement = agreementSigned("2009-06");

		// then
		assertThat(current(agreement, "2009-05-31")).isFalse();
		assertThat(current(agreement, "2009-06-01")).isTrue();
	}

	@Test
	void endedAgreementIsNotCurrentFromItsEndDate() {
		// given
		AgreementValues agreement = ended(agreementSigned("1998"), "2015-06-01");

		// then
		assertThat(current(agreement, "2015-05-31")).isTrue();
		assertThat(current(agreement, "2015-06-01")).isFalse();
	}

	@Test
	void yearOnlyEndCountsFromTheFirstDayOfThatYear() {
		// given
		AgreementValues agreement = ended(agreementSigned("1998"), "2015");

		// then
		assertThat(current(agreement, "2014-12-31")).isTrue();
		assertThat(current(agreement, "2015-01-01")).isFalse();
	}

	@Test
	void expiredAgreementIsNotCurrentAfterItsTermEnds() {
		// given
		AgreementValues agreement = withTermEnds(agreementSigned("2015-03-01"), "2020-02-29");

		// then
		assertThat(current(agreement, "2020-02-29")).isTrue();
		assertThat(current(agreement, "2020-03-01")).isFalse();
	}

	@Test
	void yearOnlyTermRunsToTheEndOfThatYear() {
		// given
		AgreementValues agreement = withTermEnds(agreementSigned("2015"), "2020");

		// then
		assertThat(current(agreement, "2020-12-31")).isTrue();
		assertThat(current(agreement, "2021-01-01")).isFalse();
	}

	@Test
	void supersededAgreementIsNotCurrentOnceTheUpgradeIsSigned() {
		// given
		AgreementValues friendship = agreementSigned("2008");

		// then
		assertThat(current(friendship, "2010-06-30", "2010-07-01")).isTrue();
		assertThat(current(friendship, "2010-07-01", "2010-07-01")).isFalse();
	}

	@Test
	void supersedingAgreementSignedLaterDoesNotEndItEarly() {
		// given
		AgreementValues friendship = agreementSigned("2008");

		// then
		assertThat(current(friendship, "2011-12-31", "2012")).isTrue();
		assertThat(current(friendship, "2012-01-01", "2012")).isFalse();
	}

	@Test
	void agreementSignedAfterTheReferenceDateIsNotYetCurrent() {
		// given
		AgreementValues later = agreementSigned("2025-11-03");

		// then
		assertThat(current(later, "2019-12-31")).isFalse();
	}

	@Test
	void suspendedAgreementStillCounts() {
		// given
		AgreementValues a = agreementSigned("2010");
		AgreementValues suspended = new AgreementValues(a.partyA(), a.partyB(), a.type(), a.signed(),
				AgreementStatus.SUSPENDED, null, null, null, null, null, a.purposes(), null, null);

		// then
		assertThat(current(suspended, "2019-12-31")).isTrue();
	}

}
