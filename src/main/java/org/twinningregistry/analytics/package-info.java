/**
 * Statistics that answer a twinning review: relationships by partner country and
 * province, new agreements per year, which relationships are active, who initiates what —
 * as of any date. The definitions live in {@link StatisticsDefinitions} and
 * {@code docs/statistics.md}; the facade is {@link Statistics}. Figures are computed in
 * SQL over the agreement and engagement tables ({@code internal}), read-only. Depends on
 * gazetteer (names, government lookups), agreement (the current-agreement rule) and
 * engagement (substantive forms); and, in SQL that Spring Modulith cannot see, reads
 * agreement's {@code agreement} table (id, type, signing, end, term and supersession
 * days, both parties' id, name, country and subdivision) and engagement's
 * {@code engagement} table (agreement, year, category, origin, form), as declared in
 * {@code internal.TablesRead} and checked by {@code CrossModuleSqlTests}. Depends on
 * strategy too, for {@link Accountability}: the dormant relationships the statistics find
 * are shown beside the decisions governments recorded about them and the fulfilment of
 * their plans.
 */
@ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "gazetteer", "agreement", "engagement", "strategy" })
@NullMarked
package org.twinningregistry.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
