package org.twinningregistry.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.agreement.AgreementFixtures.BURNABY;
import static org.twinningregistry.agreement.AgreementFixtures.HWASEONG;
import static org.twinningregistry.agreement.AgreementFixtures.agreementSigned;
import static org.twinningregistry.agreement.AgreementFixtures.anAgreement;
import static org.twinningregistry.agreement.AgreementFixtures.between;
import static org.twinningregistry.agreement.AgreementFixtures.ended;
import static org.twinningregistry.agreement.AgreementFixtures.superseding;
import static org.twinningregistry.agreement.AgreementFixtures.withTermEnds;

class AgreementRulesTests {

	private static final GovernmentId SURREY = new GovernmentId("CA-BC-surrey");

	private static final Set<GovernmentId> KNOWN = Set.of(BURNABY, HWASEONG, SURREY);

	private static final AgreementId SELF = new AgreementId("a-2");

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	private static List<Violation> check(AgreementValues values, Map<AgreementId, AgreementValues> others) {
		return AgreementRules.check(SELF, values, KNOWN::contains, id -> Optional.ofNullable(others.get(id)), TODAY);
	}

	private static List<String> codes(List<Violation> violations) {
		return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
	}

	@Test
	void acceptsAValidAgreement() {
		// then
		assertThat(check(anAgreement(), Map.of())).isEmpty();
	}

	@Test
	void needsTwoDifferentParties() {
		// when
		List<Violation> violations = check(between(anAgreement(), BURNABY, BURNABY), Map.of());

		// then
		assertThat(codes(violations)).containsExactly("partyB:rule.agreement.party.same");
	}

	@Test
	void needsPartiesThatExist() {
		// when
		List<Violation> violations = check(between(anAgreement(), new GovernmentId("nowhere"), HWASEONG), Map.of());

		// then
		assertThat(codes(violations)).containsExactly("partyA:rule.agreement.party.unknown");
		assertThat(violations.get(0).arguments()).containsExactly("nowhere");
	}

	@Test
	void endedStatusNeedsAnEndDate() {
		// given
		AgreementValues a = anAgreement();
		AgreementValues endedWithoutDate = new AgreementValues(a.partyA(), a.partyB(), a.type(), a.signed(),
				AgreementStatus.ENDED, null, null, null, null, null, List.of(), null, null);

		// then
		assertThat(codes(check(endedWithoutDate, Map.of()))).containsExactly("ended:rule.agreement.ended.required");
	}

	@Test
	void endDateNeedsEndedStatus() {
		// given
		AgreementValues a = ended(anAgreement(), "2015");
		AgreementValues stillActive = new AgreementValues(a.partyA(), a.partyB(), a.type(), a.signed(),
				AgreementStatus.ACTIVE, a.ended(), null, null, null, null, List.of(), null, null);

		// then
		assertThat(codes(check(stillActive, Map.of()))).containsExactly("status:rule.agreement.ended.status");
	}

	@Test
	void cannotEndBeforeItWasSigned() {
		// then
		assertThat(codes(check(ended(agreementSigned("2010-07-01"), "2009"), Map.of())))
			.containsExactly("ended:rule.agreement.before-signed");
		assertThat(check(ended(agreementSigned("2010-07-01"), "2010"), Map.of())).isEmpty();
		assertThat(codes(check(withTermEnds(agreementSigned("2010-07-01"), "2010-06"), Map.of())))
			.containsExactly("termEnds:rule.agreement.before-signed");
	}

	@Test
	void supersedesOnlyAnEarlierAgreementOfTheSameParties() {
		// given
		AgreementId earlier = new AgreementId("a-1");
		AgreementValues friendship = between(agreementSigned("2008"), HWASEONG, BURNABY);
		AgreementValues otherPair = between(agreementSigned("2008"), SURREY, HWASEONG);
		AgreementValues later = agreementSigned("2012");

		// then
		assertThat(check(superseding(agreementSigned("2010"), "a-1"), Map.of(earlier, friendship))).isEmpty();
		assertThat(codes(check(superseding(agreementSigned("2010"), "a-1"), Map.of(earlier, otherPair))))
			.containsExactly("supersedes:rule.agreement.supersedes.other-parties");
		assertThat(codes(check(superseding(agreementSigned("2010"), "a-1"), Map.of(earlier, later))))
			.containsExactly("supersedes:rule.agreement.supersedes.later");
		assertThat(codes(check(superseding(agreementSigned("2010"), "a-9"), Map.of())))
			.containsExactly("supersedes:rule.agreement.supersedes.unknown");
		assertThat(codes(check(superseding(agreementSigned("2010"), "a-2"), Map.of())))
			.containsExactly("supersedes:rule.agreement.supersedes.self");
	}

	@Test
	void refusesASupersedingCycle() {
		// given
		AgreementId other = new AgreementId("a-1");
		AgreementValues supersedesSelf = superseding(agreementSigned("2010"), SELF.value());

		// then
		assertThat(codes(check(superseding(agreementSigned("2010"), "a-1"), Map.of(other, supersedesSelf))))
			.containsExactly("supersedes:rule.agreement.supersedes.cycle");
	}

	@Test
	void boundsDatesFrom1900ToAYearAheadAndATermsEndToACentury() {
		assertThat(check(agreementSigned("2027-12"), Map.of())).isEmpty();
		assertThat(check(withTermEnds(agreementSigned("2020"), "2080"), Map.of())).isEmpty();
		assertThat(check(agreementSigned("9999"), Map.of()))
			.contains(Violation.of("signed", "rule.date.too-late", "9999", "2027-12-04"));
		assertThat(codes(check(agreementSigned("2028-01"), Map.of()))).contains("signed:rule.date.too-late");
		assertThat(check(agreementSigned("1899-12-31"), Map.of()))
			.containsExactly(Violation.of("signed", "rule.date.too-early", "1899-12-31", "1900-01-01"));
		assertThat(codes(check(withTermEnds(agreementSigned("2020"), "2127"), Map.of())))
			.containsExactly("termEnds:rule.date.too-late");
		assertThat(codes(check(ended(agreementSigned("2020"), "2030"), Map.of()))).contains("ended:rule.date.too-late");
	}

}
