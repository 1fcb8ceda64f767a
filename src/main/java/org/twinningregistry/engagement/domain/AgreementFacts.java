package org.twinningregistry.engagement.domain;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PartialDate;

/**
 * The few facts of an agreement that the engagement rules read: its parties and its life.
 * Small, so that a bulk import can hold those of every agreement of the registry.
 *
 * @param partyA the id of party A
 * @param partyB the id of party B
 * @param signed when it was signed
 * @param ended when it ended, or {@code null}
 */
public record AgreementFacts(GovernmentId partyA, GovernmentId partyB, PartialDate signed,
		@Nullable PartialDate ended) {

	public static AgreementFacts of(AgreementSummary agreement) {
		return of(agreement.values());
	}

	public static AgreementFacts of(AgreementValues agreement) {
		return new AgreementFacts(agreement.partyA(), agreement.partyB(), agreement.signed(), agreement.ended());
	}

	public boolean hasParty(GovernmentId government) {
		return this.partyA.equals(government) || this.partyB.equals(government);
	}

}
