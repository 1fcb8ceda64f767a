package org.twinningregistry.strategy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.domain.Strategy;
import org.twinningregistry.strategy.domain.StrategyRepository;
import org.twinningregistry.strategy.domain.StrategyRules;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.ReviewedKindBase;

/**
 * Strategies as a reviewed kind of record, keyed by their government's id: the government
 * decides who reports (its reporters) and reviews (a reviewer of its subdivision, a
 * curator of its country) its strategy.
 */
@Component
class StrategyKind extends ReviewedKindBase<StrategyValues> {

	static final RecordKind KIND = new RecordKind("strategy", "strategies");

	private final StrategyRepository strategies;

	private final Gazetteer gazetteer;

	StrategyKind(StrategyRepository strategies, Gazetteer gazetteer) {
		super(KIND, StrategyValues.class, GovernmentId::new);
		this.strategies = strategies;
		this.gazetteer = gazetteer;
	}

	@Override
	public Optional<Published<StrategyValues>> published(String id) {
		return this.strategies.findById(id).map(s -> new Published<>(s.values(), s.version()));
	}

	@Override
	public Set<GovernmentId> parties(StrategyValues values) {
		return Set.of(values.government());
	}

	@Override
	public Map<String, @Nullable String> fields(StrategyValues values) {
		return StrategyFields.of(values);
	}

	@Override
	public void check(String id, StrategyValues values) {
		if (!values.government().value().equals(id)) {
			throw new RuleViolationException(
					Violation.of("government", "rule.strategy.government.other", values.government().value(), id));
		}
		boolean known = this.gazetteer.find(values.government()).isPresent();
		RuleViolationException.throwIfAny(StrategyRules.check(values, known, this.gazetteer::isCountry));
	}

	@Override
	public void insert(String id, StrategyValues values) {
		this.strategies.save(new Strategy(values));
	}

	@Override
	public void change(String id, StrategyValues values) {
		Strategy strategy = this.strategies.findById(id).orElseThrow();
		strategy.apply(values);
		this.strategies.saveAndFlush(strategy);
	}

}
