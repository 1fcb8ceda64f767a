package org.twinningregistry.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.reporting.PlanReview;
import org.twinningregistry.reporting.ReportDetails;
import org.twinningregistry.reporting.ReportSummary;
import org.twinningregistry.shared.Versioned;

/**
 * An annual report as the API shows it: {@code submittedBy}, {@code approvedBy} and
 * {@code returnedBy} name the office each step was taken in ("Reviewer, British
 * Columbia"); the {@code …Account} fields give the user names, only to those who may
 * review the report ({@code null} for everyone else). {@code planReview} lists each
 * planned activity the government missed with its reason ({@code plan}, {@code activity},
 * {@code year}, {@code category}, {@code title}, {@code cause}, {@code text}).
 */
record ReportResponse(String government, @Nullable String governmentName, @Nullable String subdivision, int year,
		boolean nothingToReport, @Nullable String note, String state, LocalDate firstSubmittedOn, boolean onTime,
		Instant submittedAt, String submittedBy, @Nullable String submittedByAccount, @Nullable Instant approvedAt,
		@Nullable String approvedBy, @Nullable String approvedByAccount, @Nullable Instant returnedAt,
		@Nullable String returnedBy, @Nullable String returnedByAccount, @Nullable String returnReason,
		List<PlanReview> planReview, long version) implements Versioned {

	static ReportResponse of(ReportDetails r) {
		return of(r, null, null);
	}

	static ReportResponse of(ReportSummary s) {
		return of(s.report(), s.name(), s.subdivision());
	}

	private static ReportResponse of(ReportDetails r, @Nullable String name, @Nullable String subdivision) {
		ReportDetails.Accounts accounts = r.accounts();
		return new ReportResponse(r.government().value(), name, subdivision, r.year(), r.nothingToReport(), r.note(),
				r.state().name(), r.firstSubmittedOn(), r.onTime(), r.submittedAt(), r.submittedBy(),
				(accounts != null) ? accounts.submittedBy() : null, r.approvedAt(), r.approvedBy(),
				(accounts != null) ? accounts.approvedBy() : null, r.returnedAt(), r.returnedBy(),
				(accounts != null) ? accounts.returnedBy() : null, r.returnReason(), r.planReview(), r.version());
	}

}
