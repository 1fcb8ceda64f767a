package org.twinningregistry.agreement.internal;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentReferences;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * Tells the gazetteer how many agreements name a government, so it is not deleted under
 * them: the published ones and the open drafts naming it (a draft of a published
 * agreement that names it already counts once).
 */
@Component
class AgreementPartyReferences implements GovernmentReferences {

	private final AgreementRegistry registry;

	private final ReviewWorkflow workflow;

	AgreementPartyReferences(AgreementRegistry registry, ReviewWorkflow workflow) {
		this.registry = registry;
		this.workflow = workflow;
	}

	@Override
	public long countReferencesTo(GovernmentId government) {
		long drafts = this.workflow.openRevisions(AgreementRegistry.RECORDS, AgreementValues.class)
			.stream()
			.filter(r -> names(r.values(), government))
			.filter(r -> this.registry.find(new AgreementId(r.revision().record().id()))
				.map(published -> !names(published.values(), government))
				.orElse(true))
			.count();
		return this.registry.countByParty(government) + drafts;
	}

	private static boolean names(AgreementValues values, GovernmentId government) {
		return values.partyA().equals(government) || values.partyB().equals(government);
	}

	@Override
	public String kindKey() {
		return "kind.agreements";
	}

}
