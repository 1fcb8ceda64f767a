package org.twinningregistry.strategy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.strategy.ApplicableStrategy;
import org.twinningregistry.strategy.Fulfilment;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanFulfilment;
import org.twinningregistry.strategy.StrategyBook;

/**
 * The strategies on a government's page: its own and, beside it, its province's and its
 * country's, with a link to write its own for those who may report for it.
 */
@Component
class StrategySection implements PageSection {

	private final StrategyBook book;

	private final AccessControl access;

	private final PlanBook plans;

	private final AgreementRegistry agreements;

	private final Fulfilment fulfilment;

	StrategySection(StrategyBook book, AccessControl access, PlanBook plans, AgreementRegistry agreements,
			Fulfilment fulfilment) {
		this.book = book;
		this.access = access;
		this.plans = plans;
		this.agreements = agreements;
		this.fulfilment = fulfilment;
	}

	@Override
	public String page() {
		return "government";
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String fragment() {
		return "strategy/sections :: government";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		GovernmentId government = new GovernmentId(recordId);
		List<AgreementSummary> own = this.agreements.list(AgreementCriteria.ofGovernment(government));
		List<PlanLine> plans = new ArrayList<>();
		this.plans.ofAgreements(own.stream().map(AgreementSummary::id).toList()).forEach((agreement, list) -> {
			AgreementSummary a = own.stream().filter(s -> s.id().equals(agreement)).findFirst().orElseThrow();
			AgreementParty partner = Objects.requireNonNull(a.partnerOf(government));
			list.forEach(plan -> plans.add(new PlanLine(partner.name(), this.fulfilment.ofPlan(plan.id()))));
		});
		return new Strategies(recordId, this.book.applicable(government), this.access.mayReport(List.of(government)),
				plans);
	}

	/**
	 * What the section shows: the strategies that apply, nearest first, whether the
	 * reader may write the government's own, and the plans of its agreements.
	 */
	record Strategies(String government, List<ApplicableStrategy> applicable, boolean mayWrite, List<PlanLine> plans) {

	}

	/** A plan of one of the government's agreements, with its partner's name. */
	record PlanLine(String partner, PlanFulfilment fulfilment) {

	}

}
