package org.twinningregistry.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.strategy.domain.PlanRules;
import org.twinningregistry.strategy.internal.FulfilmentFigures;
import org.twinningregistry.strategy.internal.FulfilmentRows;
import org.twinningregistry.strategy.internal.FulfilmentScope;
import org.twinningregistry.strategy.internal.PlanStates;

/**
 * Whether plans are fulfilled and engagements serve their purposes, as of today
 * (docs/statistics.md, "Fulfilment" and "Alignment"): a plan's activities with their
 * states, a government's figures for a year (the plan review of its annual report), and
 * every government of a scope. Reads published records only and are public.
 */
@Service
public class Fulfilment {

	/** The alignment's window when none is asked for: the year alone. */
	public static final int DEFAULT_WINDOW = 1;

	private final PlanBook plans;

	private final FulfilmentRows rows;

	private final FulfilmentFigures figures;

	private final Gazetteer gazetteer;

	private final Clock clock;

	Fulfilment(PlanBook plans, FulfilmentRows rows, FulfilmentFigures figures, Gazetteer gazetteer, Clock clock) {
		this.plans = plans;
		this.rows = rows;
		this.figures = figures;
		this.gazetteer = gazetteer;
		this.clock = clock;
	}

	/**
	 * A published plan's activities, each met (with the engagement that met it), pending
	 * or missed, and their tally.
	 * @throws NotFoundException if the plan is not published
	 */
	@Transactional(readOnly = true)
	public PlanFulfilment ofPlan(PlanId id) {
		PlanSummary plan = this.plans.get(id);
		PlanValues v = plan.values();
		LocalDate today = LocalDate.now(this.clock);
		List<ActivityFulfilment> states = PlanStates.of(
				v.activities().stream().map(a -> new PlanStates.Planned(id, v.agreement(), a)).toList(),
				this.rows.engagementsOf(v.agreement().value(), v.from(), v.to()), today);
		return new PlanFulfilment(plan, today, states,
				Tally.of(states.stream().map(ActivityFulfilment::state).toList()));
	}

	/**
	 * A government's figures for a year: the activities it is to initiate, alone or
	 * jointly, under its agreements' plans, with their states, and its alignment over the
	 * year.
	 * @throws NotFoundException if there is no such government
	 */
	@Transactional(readOnly = true)
	public GovernmentFulfilment ofGovernment(GovernmentId government, int year) {
		return this.figures
			.of(FulfilmentScope.government(government, this.gazetteer), year, DEFAULT_WINDOW, LocalDate.now(this.clock))
			.governments()
			.get(0);
	}

	/**
	 * The figures of every government of a scope for a year, and their totals.
	 * @param scope a country ({@code CA}), a subdivision ({@code CA-BC}) or a
	 * government's id
	 * @param window the alignment's window, 1–50 years ending with the year (default 1)
	 * @throws BadRequestException if the scope is blank or an unknown code, or the year
	 * or window out of range
	 * @throws NotFoundException if the scope names no government
	 */
	@Transactional(readOnly = true)
	public FulfilmentStatistics statistics(String scope, int year, @Nullable Integer window) {
		if (year < PlanRules.FIRST_YEAR || year > PlanRules.LAST_YEAR) {
			throw new BadRequestException("year", "error.fulfilment.year", year, PlanRules.FIRST_YEAR,
					PlanRules.LAST_YEAR);
		}
		int years = (window != null) ? window : DEFAULT_WINDOW;
		if (years < 1 || years > 50) {
			throw new BadRequestException("window", "error.statistics.window", years);
		}
		return this.figures.of(FulfilmentScope.parse(scope, this.gazetteer), year, years, LocalDate.now(this.clock));
	}

	/** The current calendar year, the figures' default. */
	public int currentYear() {
		return LocalDate.now(this.clock).getYear();
	}

}
