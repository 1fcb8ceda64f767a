package org.twinningregistry.strategy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.strategy.domain.Plan;
import org.twinningregistry.strategy.domain.PlanRepository;
import org.twinningregistry.strategy.domain.PlanRules;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.ReviewedKindBase;

/**
 * Plans as a reviewed kind of record: the parties of a plan's agreement decide who
 * reports (either side's reporters may propose one) and reviews it; a plan naming no
 * published agreement has no parties (the rules report it).
 */
@Component
class PlanKind extends ReviewedKindBase<PlanValues> {

	static final RecordKind KIND = new RecordKind("plan", "plans");

	private final PlanRepository plans;

	private final AgreementRegistry agreements;

	PlanKind(PlanRepository plans, AgreementRegistry agreements) {
		super(KIND, PlanValues.class, PlanId::new);
		this.plans = plans;
		this.agreements = agreements;
	}

	@Override
	public Optional<Published<PlanValues>> published(String id) {
		return this.plans.findById(id).map(p -> new Published<>(p.values(), p.version()));
	}

	/** Party A, then party B of the plan's published agreement; empty if it has none. */
	@Override
	public Set<GovernmentId> parties(PlanValues values) {
		return this.agreements.find(values.agreement())
			.map(a -> (Set<GovernmentId>) new LinkedHashSet<>(List.of(a.values().partyA(), a.values().partyB())))
			.orElse(Set.of());
	}

	@Override
	public Map<String, @Nullable String> fields(PlanValues values) {
		return PlanFields.of(values);
	}

	@Override
	public void check(String id, PlanValues values) {
		Set<GovernmentId> parties = parties(values);
		List<PlanRules.Covering> others = this.plans.findByAgreementOrderByFromYearAscIdAsc(values.agreement().value())
			.stream()
			.map(p -> new PlanRules.Covering(p.id(), p.values().from(), p.values().to()))
			.toList();
		RuleViolationException
			.throwIfAny(PlanRules.check(new PlanId(id), values, parties.isEmpty() ? null : parties, others));
	}

	/**
	 * Stores the new plan and flushes it: Hibernate counts the first writing of its
	 * activities as a change of the plan, so a new plan's version is 1 once stored, and
	 * the answer must show that one.
	 */
	@Override
	public void insert(String id, PlanValues values) {
		this.plans.saveAndFlush(new Plan(new PlanId(id), values));
	}

	@Override
	public void change(String id, PlanValues values) {
		Plan plan = this.plans.findById(id).orElseThrow();
		plan.apply(values);
		this.plans.saveAndFlush(plan);
	}

}
