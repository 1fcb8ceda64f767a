package org.twinningregistry.agreement;

import java.util.List;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PartialDate;

/**
 * Agreements for tests: a sister agreement between Burnaby and Hwaseong, varied by "with"
 * methods.
 */
public final class AgreementFixtures {

	public static final GovernmentId BURNABY = new GovernmentId("CA-BC-burnaby");

	public static final GovernmentId HWASEONG = new GovernmentId("KR-41-hwaseong");

	private AgreementFixtures() {
	}

	public static AgreementValues anAgreement() {
		return agreementSigned("2010-07-01");
	}

	public static AgreementValues agreementSigned(String signed) {
		return new AgreementValues(BURNABY, HWASEONG, AgreementType.SISTER, PartialDate.parse(signed),
				AgreementStatus.ACTIVE, null, null, null, null, null, List.of(), null, null);
	}

	public static AgreementValues ended(AgreementValues a, String ended) {
		return new AgreementValues(a.partyA(), a.partyB(), a.type(), a.signed(), AgreementStatus.ENDED,
				PartialDate.parse(ended), a.termEnds(), a.renewed(), a.councilResolution(), a.supersedes(),
				a.purposes(), a.source(), a.notes());
	}

	public static AgreementValues withTermEnds(AgreementValues a, String termEnds) {
		return new AgreementValues(a.partyA(), a.partyB(), a.type(), a.signed(), a.status(), a.ended(),
				PartialDate.parse(termEnds), a.renewed(), a.councilResolution(), a.supersedes(), a.purposes(),
				a.source(), a.notes());
	}

	public static AgreementValues superseding(AgreementValues a, String earlierId) {
		return new AgreementValues(a.partyA(), a.partyB(), a.type(), a.signed(), a.status(), a.ended(), a.termEnds(),
				a.renewed(), a.councilResolution(), new AgreementId(earlierId), a.purposes(), a.source(), a.notes());
	}

	public static AgreementValues between(AgreementValues a, GovernmentId partyA, GovernmentId partyB) {
		return new AgreementValues(partyA, partyB, a.type(), a.signed(), a.status(), a.ended(), a.termEnds(),
				a.renewed(), a.councilResolution(), a.supersedes(), a.purposes(), a.source(), a.notes());
	}

}
