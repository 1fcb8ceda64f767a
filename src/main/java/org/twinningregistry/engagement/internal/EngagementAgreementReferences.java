package org.twinningregistry.engagement.internal;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementReferences;
import org.twinningregistry.engagement.domain.EngagementRepository;

/** Tells the agreement registry how many engagements hang under an agreement. */
@Component
class EngagementAgreementReferences implements AgreementReferences {

	private final EngagementRepository engagements;

	EngagementAgreementReferences(EngagementRepository engagements) {
		this.engagements = engagements;
	}

	@Override
	public long countReferencesTo(AgreementId agreement) {
		return this.engagements.countByAgreement(agreement.value());
	}

	@Override
	public String kindKey() {
		return "kind.engagements";
	}

}
