package org.twinningregistry.reporting;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * An annual report as other modules and the API see it.
 *
 * @param government whose report it is
 * @param year the reporting year
 * @param nothingToReport whether the government had no engagement to report
 * @param note what the government added, if anything
 * @param state where it stands in review
 * @param firstSubmittedOn the day the first submission arrived (registry time zone)
 * @param onTime whether the first submission arrived by the deadline
 * @param submittedAt when it was last submitted
 * @param submittedBy who last submitted it
 * @param approvedAt when it was approved, if it was
 * @param approvedBy who approved it, if anyone
 * @param returnedAt when it was last returned, if it was
 * @param returnedBy who last returned it, if anyone
 * @param returnReason why it was last returned, if it was
 * @param version its optimistic-lock version, for the next change
 */
public record ReportDetails(GovernmentId government, int year, boolean nothingToReport, @Nullable String note,
		AnnualReportState state, LocalDate firstSubmittedOn, boolean onTime, Instant submittedAt, String submittedBy,
		@Nullable Instant approvedAt, @Nullable String approvedBy, @Nullable Instant returnedAt,
		@Nullable String returnedBy, @Nullable String returnReason, long version) {

	/** Whether the report counts as submitted: waiting for review or approved. */
	public boolean counts() {
		return this.state != AnnualReportState.RETURNED;
	}

}
