package org.twinningregistry.strategy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.strategy.Fulfilment;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanFulfilment;

/**
 * The published plans of a government's agreements, each with its partner and its
 * fulfilment as of today: what its page and its handover brief show.
 */
@Component
class GovernmentPlans {

	private final PlanBook plans;

	private final AgreementRegistry agreements;

	private final Fulfilment fulfilment;

	GovernmentPlans(PlanBook plans, AgreementRegistry agreements, Fulfilment fulfilment) {
		this.plans = plans;
		this.agreements = agreements;
		this.fulfilment = fulfilment;
	}

	/** The plans, agreement by agreement, each agreement's earliest first. */
	List<PlanLine> of(GovernmentId government, Locale locale) {
		List<AgreementSummary> own = this.agreements.list(AgreementCriteria.ofGovernment(government));
		List<PlanLine> lines = new ArrayList<>();
		this.plans.ofAgreements(own.stream().map(AgreementSummary::id).toList()).forEach((agreement, list) -> {
			AgreementSummary a = own.stream().filter(s -> s.id().equals(agreement)).findFirst().orElseThrow();
			AgreementParty partner = Objects.requireNonNull(a.partnerOf(government));
			list.forEach(plan -> lines.add(new PlanLine(partner.name(locale), this.fulfilment.ofPlan(plan.id()))));
		});
		return lines;
	}

	/** A plan of one of the government's agreements, with its partner's name. */
	record PlanLine(String partner, PlanFulfilment fulfilment) {

	}

}
