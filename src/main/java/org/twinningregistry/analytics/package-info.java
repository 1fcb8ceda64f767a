/**
 * Statistics that answer a twinning review: relationships by partner country and
 * province, new agreements per year, which relationships are active, who initiates what —
 * as of any date. The definitions live in {@link StatisticsDefinitions} and
 * {@code docs/statistics.md}; the facade is {@link Statistics}. Figures are computed in
 * SQL over the agreement and engagement tables ({@code internal}), read-only. Depends on
 * gazetteer (names, government lookups), agreement (the current-agreement rule) and
 * engagement (substantive forms).
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = { "gazetteer", "agreement", "engagement" })
@NullMarked
package org.twinningregistry.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
