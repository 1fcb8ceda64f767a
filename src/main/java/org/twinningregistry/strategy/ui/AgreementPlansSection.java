package org.twinningregistry.strategy.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.strategy.Fulfilment;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanFulfilment;
import org.twinningregistry.strategy.PlanRevision;

/**
 * The plans of an agreement on its page, each with its fulfilment, the drafts the reader
 * may see, and the link to propose one.
 */
@Component
class AgreementPlansSection implements PageSection {

	private final PlanBook plans;

	private final Fulfilment fulfilment;

	AgreementPlansSection(PlanBook plans, Fulfilment fulfilment) {
		this.plans = plans;
		this.fulfilment = fulfilment;
	}

	@Override
	public String page() {
		return "agreement";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fragment() {
		return "strategy/sections :: agreement";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		AgreementId agreement = new AgreementId(recordId);
		return new Plans(recordId,
				this.plans.ofAgreement(agreement).stream().map(p -> this.fulfilment.ofPlan(p.id())).toList(),
				this.plans.drafts(agreement).stream().filter(d -> d.revision().isNew()).toList());
	}

	/**
	 * What the section shows: the agreement, its plans' fulfilment, drafts of new ones.
	 */
	record Plans(String agreement, List<PlanFulfilment> published, List<PlanRevision> drafts) {

	}

}
