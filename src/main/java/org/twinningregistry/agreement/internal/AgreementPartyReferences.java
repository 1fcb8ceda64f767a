package org.twinningregistry.agreement.internal;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentReferences;

/**
 * Tells the gazetteer how many agreements name a government, so it is not deleted under
 * them.
 */
@Component
class AgreementPartyReferences implements GovernmentReferences {

	private final AgreementRegistry registry;

	AgreementPartyReferences(AgreementRegistry registry) {
		this.registry = registry;
	}

	@Override
	public long countReferencesTo(GovernmentId government) {
		return this.registry.countByParty(government);
	}

	@Override
	public String kindKey() {
		return "kind.agreements";
	}

}
