package org.twinningregistry.strategy.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.ActivityFulfilment;
import org.twinningregistry.strategy.Alignment;
import org.twinningregistry.strategy.FulfilmentStatistics;
import org.twinningregistry.strategy.FulfilmentStatistics.Totals;
import org.twinningregistry.strategy.GovernmentFulfilment;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlannedActivity;
import org.twinningregistry.strategy.Tally;
import org.twinningregistry.strategy.internal.FulfilmentRows.Activity;
import org.twinningregistry.strategy.internal.FulfilmentRows.Agreement;
import org.twinningregistry.strategy.internal.FulfilmentRows.Government;

/**
 * The fulfilment figures of a scope for a year (docs/statistics.md, "Fulfilment"): the
 * year's planned activities of every plan under an agreement in scope matched with the
 * agreement's substantive engagements of the year ({@link PlanStates}), counted for each
 * government that is to initiate them (alone or jointly), with each government's
 * alignment over the window ending with the year.
 */
@Component
public class FulfilmentFigures {

	private final FulfilmentRows rows;

	FulfilmentFigures(FulfilmentRows rows) {
		this.rows = rows;
	}

	/**
	 * @param window the alignment's window: this many years ending with {@code year}
	 * @param asOf the day the states are as of (today)
	 */
	public FulfilmentStatistics of(FulfilmentScope scope, int year, int window, LocalDate asOf) {
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		LocalDate day = asOf.isBefore(yearEnd) ? asOf : yearEnd;
		int from = year - window + 1;
		Year figures = new Year(scope, this.rows.agreements(scope, day),
				new HashSet<>(this.rows.plannedAgreements(scope, year)),
				PlanStates.of(this.rows.activities(scope, year).stream().map(FulfilmentFigures::planned).toList(),
						this.rows.engagements(scope, year), asOf),
				new Purposes(this.rows.above(scope.country()), this.rows.purposes(scope.country())),
				new Counts(this.rows.categories(scope, from, year)), from, year);
		List<GovernmentFulfilment> governments = new ArrayList<>();
		for (Government g : this.rows.governments(scope)) {
			figures.of(g).ifPresent(governments::add);
		}
		Collator names = Collator.getInstance(Locale.ENGLISH);
		governments
			.sort(Comparator.comparing(GovernmentFulfilment::name, names).thenComparing(f -> f.government().value()));
		return new FulfilmentStatistics(scope.code(), year, asOf, from, governments, totals(governments));
	}

	private static Totals totals(List<GovernmentFulfilment> governments) {
		Tally tally = Tally.NONE;
		int engagements = 0;
		int aligned = 0;
		for (GovernmentFulfilment g : governments) {
			tally = tally.plus(g.tally());
			if (!g.alignment().purposes().isEmpty()) {
				engagements += g.alignment().engagements();
				aligned += g.alignment().aligned();
			}
		}
		return new Totals(governments.size(),
				(int) governments.stream().filter(GovernmentFulfilment::hasStrategy).count(),
				(int) governments.stream().filter(GovernmentFulfilment::hasCurrentPlan).count(), tally, engagements,
				aligned);
	}

	private static PlanStates.Planned planned(Activity a) {
		return new PlanStates.Planned(new PlanId(a.plan()), new AgreementId(a.agreement()), new PlannedActivity(a.key(),
				a.year(), a.category(), a.form(), a.origin(), a.participants(), a.title(), a.notes()));
	}

	/**
	 * A year's rows of a scope, and each government's figures from them.
	 */
	private static final class Year {

		private final FulfilmentScope scope;

		private final Set<String> planned;

		private final Purposes purposes;

		private final Counts counts;

		private final int from;

		private final int to;

		/** The agreements by party, each list in the order read. */
		private final Map<String, List<Agreement>> byParty = new HashMap<>();

		/** The states by agreement, each plan's in its order. */
		private final Map<String, List<ActivityFulfilment>> statesByAgreement;

		/**
		 * @param agreements the agreements in scope, current or not at the year's end
		 * @param planned the ids of those with a plan covering the year
		 * @param states the year's planned activities with their states
		 */
		Year(FulfilmentScope scope, List<Agreement> agreements, Set<String> planned, List<ActivityFulfilment> states,
				Purposes purposes, Counts counts, int from, int to) {
			this.scope = scope;
			this.planned = planned;
			this.purposes = purposes;
			this.counts = counts;
			this.from = from;
			this.to = to;
			for (Agreement a : agreements) {
				this.byParty.computeIfAbsent(a.partyA(), p -> new ArrayList<>()).add(a);
				if (!a.partyB().equals(a.partyA())) {
					this.byParty.computeIfAbsent(a.partyB(), p -> new ArrayList<>()).add(a);
				}
			}
			this.statesByAgreement = states.stream()
				.collect(Collectors.groupingBy(st -> st.agreement().value(), LinkedHashMap::new, Collectors.toList()));
		}

		/**
		 * The government's figures, or empty when it is not listed: it has no strategy,
		 * no agreement current at the year's end and no plan covering the year (one
		 * government asked for is always listed).
		 */
		Optional<GovernmentFulfilment> of(Government g) {
			List<Agreement> own = this.byParty.getOrDefault(g.id(), List.of());
			boolean hasStrategy = this.purposes.own(g.id()) != null;
			boolean hasPlan = own.stream().anyMatch(a -> this.planned.contains(a.id()));
			if (this.scope.kind() != FulfilmentScope.Kind.GOVERNMENT && !hasStrategy && !hasPlan
					&& own.stream().noneMatch(Agreement::current)) {
				return Optional.empty();
			}
			List<ActivityFulfilment> mine = own.stream()
				.flatMap(a -> this.statesByAgreement.getOrDefault(a.id(), List.of()).stream())
				.filter(s -> s.activity().isJoint() || s.activity().origin().equals(g.id()))
				.toList();
			return Optional.of(new GovernmentFulfilment(new GovernmentId(g.id()), g.name(), g.nameFr(), g.subdivision(),
					hasStrategy, hasPlan, Tally.of(mine.stream().map(ActivityFulfilment::state).toList()), mine,
					this.counts.alignment(g.id(), this.purposes.governing(g), this.from, this.to)));
		}

	}

	/**
	 * The purposes that apply to each government: its own strategy's, else (for a local
	 * government) its province's — its parent when first-level, else the first-level
	 * government of its subdivision, the first by id —, else its country's national
	 * government's (the first by id); as {@code StrategyBook.applicable} finds them.
	 */
	private static final class Purposes {

		private final Map<String, Government> above = new LinkedHashMap<>();

		private final Map<String, String> provinceOf = new LinkedHashMap<>();

		private final String nation;

		private final Map<String, List<Category>> strategies;

		Purposes(List<Government> above, Map<String, List<Category>> strategies) {
			String national = null;
			for (Government g : above) {
				this.above.put(g.id(), g);
				if ("REGIONAL".equals(g.level())) {
					this.provinceOf.putIfAbsent(g.subdivision(), g.id());
				}
				else if (national == null) {
					national = g.id();
				}
			}
			this.nation = national;
			this.strategies = strategies;
		}

		List<Category> own(String government) {
			return this.strategies.get(government);
		}

		/** The governing purposes and whose they are; {@code null} when none applies. */
		Map.Entry<String, List<Category>> governing(Government g) {
			List<String> tiers = new ArrayList<>();
			tiers.add(g.id());
			if ("LOCAL".equals(g.level())) {
				Government parent = (g.parent() != null) ? this.above.get(g.parent()) : null;
				String province = (parent != null && "REGIONAL".equals(parent.level())) ? parent.id()
						: this.provinceOf.get(g.subdivision());
				if (province != null) {
					tiers.add(province);
				}
			}
			if (!"NATIONAL".equals(g.level()) && this.nation != null) {
				tiers.add(this.nation);
			}
			return tiers.stream()
				.filter(this.strategies::containsKey)
				.findFirst()
				.map(id -> Map.entry(id, this.strategies.get(id)))
				.orElse(null);
		}

	}

	/** Substantive engagements by party and category. */
	private static final class Counts {

		private final Map<String, Map<Category, Integer>> byParty = new LinkedHashMap<>();

		Counts(List<FulfilmentRows.CategoryCount> counts) {
			for (FulfilmentRows.CategoryCount c : counts) {
				add(c.partyA(), c.category(), c.count());
				if (!c.partyB().equals(c.partyA())) {
					add(c.partyB(), c.category(), c.count());
				}
			}
		}

		private void add(String party, Category category, int count) {
			this.byParty.computeIfAbsent(party, p -> new LinkedHashMap<>()).merge(category, count, Integer::sum);
		}

		Alignment alignment(String government, Map.Entry<String, List<Category>> governing, int from, int to) {
			Map<Category, Integer> counts = this.byParty.getOrDefault(government, Map.of());
			int total = counts.values().stream().mapToInt(Integer::intValue).sum();
			if (governing == null) {
				return new Alignment(null, List.of(), from, to, total, 0, List.of());
			}
			List<Alignment.PurposeCount> byPurpose = governing.getValue()
				.stream()
				.map(p -> new Alignment.PurposeCount(p, counts.getOrDefault(p, 0)))
				.toList();
			int aligned = byPurpose.stream().mapToInt(Alignment.PurposeCount::engagements).sum();
			return new Alignment(new GovernmentId(governing.getKey()), governing.getValue(), from, to, total, aligned,
					byPurpose);
		}

	}

}
