package org.twinningregistry.strategy.internal;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementReferences;
import org.twinningregistry.strategy.PlanBook;

/**
 * Tells the agreement registry how many plans hang under an agreement, published or
 * drafted, so that it is not deleted under them.
 */
@Component
class PlanAgreementReferences implements AgreementReferences {

	private final PlanBook plans;

	PlanAgreementReferences(PlanBook plans) {
		this.plans = plans;
	}

	@Override
	public long countReferencesTo(AgreementId agreement) {
		return this.plans.countByAgreement(agreement);
	}

	@Override
	public String kindKey() {
		return "kind.plans";
	}

}
