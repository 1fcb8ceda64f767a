/**
 * What a government's twinning is for, and whether it does what it planned: a
 * government's strategy (its purposes, most important first, a statement, preferred
 * partner countries, the office that owns international relations), the multi-year plans
 * agreed under an agreement, and their fulfilment and alignment (docs/statistics.md,
 * "Fulfilment"). {@link StrategyBook} and {@link PlanBook} are the facades of the two
 * reviewed kinds of record ({@link StrategyKind}, {@link PlanKind}); {@link Fulfilment}
 * answers what was met, missed and pending and how well engagements serve the purposes;
 * {@link RelationshipDecisions} records what a government decided about a dormant
 * relationship. Depends on gazetteer (a strategy belongs to a government; provinces and
 * the country hold the strategies a city's page shows beside its own), agreement (a plan
 * belongs to one and its parties decide who plans), engagement (what meets a planned
 * activity), account (who may write) and workflow (both kinds are reviewed).
 */
@ApplicationModule(displayName = "Strategy",
		allowedDependencies = { "agreement", "engagement", "gazetteer", "account", "workflow" })
@NullMarked
package org.twinningregistry.strategy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
