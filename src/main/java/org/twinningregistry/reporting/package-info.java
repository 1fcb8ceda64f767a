/**
 * The annual reporting cycle: each government party to a current agreement submits its
 * report for a reporting year (its engagements are complete, or there was nothing) by a
 * deadline; reviewers approve it or return it with a reason. {@link ReportSubmission} and
 * {@link ReportReview} are the facades, {@link ReportingCompleteness} answers who has
 * reported, and {@link ReportingCalendar} says what a reporting year covers
 * ({@link ReportingSettings}). The facades publish {@link ReportSubmitted},
 * {@link ReportApproved} and {@link ReportReturned} after each step, for the modules that
 * may depend on reporting (analytics, the partner finder to come); none listens yet.
 * Depends on account (who may report and review), gazetteer (governments and jurisdiction
 * names), agreement (the current-agreement rule that says who is expected to report) and
 * strategy (the plan review: which planned activities of the year a government missed,
 * each of which its report must explain, and the fulfilment and alignment a reviewer sees
 * beside the report); and, in SQL that Spring Modulith cannot see, reads agreement's
 * {@code agreement} table (signing, end, term and supersession days, both parties' id,
 * name, country and subdivision) to find who is expected to report, as declared in
 * {@code internal.TablesRead} and checked by {@code CrossModuleSqlTests}.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = { "account", "gazetteer", "agreement", "strategy" })
@NullMarked
package org.twinningregistry.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
