package org.twinningregistry.engagement.internal;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementReferences;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.domain.EngagementRepository;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * Tells the agreement registry how many engagements hang under an agreement: the
 * published ones and the open drafts of new or changed ones, whose work a delete would
 * strand.
 */
@Component
class EngagementAgreementReferences implements AgreementReferences {

	private final EngagementRepository engagements;

	private final ReviewWorkflow workflow;

	EngagementAgreementReferences(EngagementRepository engagements, ReviewWorkflow workflow) {
		this.engagements = engagements;
		this.workflow = workflow;
	}

	@Override
	public long countReferencesTo(AgreementId agreement) {
		// a draft of an engagement published under the agreement is counted once
		long drafts = this.workflow.openRevisions(EngagementLog.RECORDS, EngagementValues.class)
			.stream()
			.filter(r -> r.values().agreement().equals(agreement))
			.filter(r -> this.engagements.findById(r.revision().record().id())
				.map(e -> !e.values().agreement().equals(agreement))
				.orElse(true))
			.count();
		return this.engagements.countByAgreement(agreement.value()) + drafts;
	}

	@Override
	public String kindKey() {
		return "kind.engagements";
	}

}
