package org.twinningregistry.strategy.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.strategy.ApplicableStrategy;
import org.twinningregistry.strategy.StrategyBook;

/**
 * The strategies on a government's page: its own and, beside it, its province's and its
 * country's, with a link to write its own for those who may report for it.
 */
@Component
class StrategySection implements PageSection {

	private final StrategyBook book;

	private final AccessControl access;

	private final GovernmentPlans plans;

	StrategySection(StrategyBook book, AccessControl access, GovernmentPlans plans) {
		this.book = book;
		this.access = access;
		this.plans = plans;
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
		return new Strategies(recordId, this.book.applicable(government), this.access.mayReport(List.of(government)),
				this.plans.of(government, locale));
	}

	/**
	 * What the section shows: the strategies that apply, nearest first, whether the
	 * reader may write the government's own, and the plans of its agreements.
	 */
	record Strategies(String government, List<ApplicableStrategy> applicable, boolean mayWrite,
			List<GovernmentPlans.PlanLine> plans) {

	}

}
