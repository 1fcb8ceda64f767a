package org.twinningregistry.engagement.ui;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.engagement.EngagementValues;

/**
 * An engagement as lists show it, with its agreement and who initiated it.
 *
 * @param engagement the engagement
 * @param agreement the agreement it took place under, if it still exists
 * @param origin the party that initiated it, or {@code null} when both sides did
 */
record EngagementEntry(EngagementSummary engagement, @Nullable AgreementSummary agreement,
		@Nullable AgreementParty origin) {

	public boolean bothSides() {
		return EngagementValues.BOTH.equals(this.engagement.values().origin());
	}

	static List<EngagementEntry> of(List<EngagementSummary> engagements, AgreementRegistry registry) {
		Map<AgreementId, AgreementSummary> agreements = registry
			.summaries(engagements.stream().map(e -> e.values().agreement()).toList());
		return engagements.stream().map(e -> of(e, agreements.get(e.values().agreement()))).toList();
	}

	static EngagementEntry of(EngagementSummary engagement, @Nullable AgreementSummary agreement) {
		String origin = engagement.values().origin();
		AgreementParty party = null;
		if (agreement != null && agreement.partyA().id().value().equals(origin)) {
			party = agreement.partyA();
		}
		else if (agreement != null && agreement.partyB().id().value().equals(origin)) {
			party = agreement.partyB();
		}
		return new EngagementEntry(engagement, agreement, party);
	}

}
