package org.twinningregistry.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
 * @param submittedBy who last submitted it, as the public sees it: the office they
 * submitted it in ("Reporter of Burnaby"), never a user name
 * @param approvedAt when it was approved, if it was
 * @param approvedBy the office it was approved in, if it was
 * @param returnedAt when it was last returned, if it was
 * @param returnedBy the office it was last returned in, if it was
 * @param returnReason why it was last returned, if it was
 * @param accounts the user names behind each step, only for those who may review the
 * report; {@code null} for everyone else
 * @param planReview why each planned activity of the year the government was to initiate
 * was missed, as last submitted
 * @param version its optimistic-lock version, for the next change
 */
public record ReportDetails(GovernmentId government, int year, boolean nothingToReport, @Nullable String note,
		AnnualReportState state, LocalDate firstSubmittedOn, boolean onTime, Instant submittedAt, String submittedBy,
		@Nullable Instant approvedAt, @Nullable String approvedBy, @Nullable Instant returnedAt,
		@Nullable String returnedBy, @Nullable String returnReason, @Nullable Accounts accounts,
		List<PlanReview> planReview, long version) {

	/**
	 * The user names who submitted, approved and returned the report.
	 *
	 * @param submittedBy who last submitted it
	 * @param approvedBy who approved it, if anyone
	 * @param returnedBy who last returned it, if anyone
	 */
	public record Accounts(String submittedBy, @Nullable String approvedBy, @Nullable String returnedBy) {

	}

	/** Whether the report counts as submitted: waiting for review or approved. */
	public boolean counts() {
		return this.state != AnnualReportState.RETURNED;
	}

}
