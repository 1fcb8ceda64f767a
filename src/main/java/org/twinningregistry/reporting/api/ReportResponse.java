package org.twinningregistry.reporting.api;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.reporting.ReportDetails;
import org.twinningregistry.reporting.ReportSummary;

/** An annual report as the API shows it. */
record ReportResponse(String government, @Nullable String governmentName, @Nullable String subdivision, int year,
		boolean nothingToReport, @Nullable String note, String state, LocalDate firstSubmittedOn, boolean onTime,
		Instant submittedAt, String submittedBy, @Nullable Instant approvedAt, @Nullable String approvedBy,
		@Nullable Instant returnedAt, @Nullable String returnedBy, @Nullable String returnReason, long version) {

	static ReportResponse of(ReportDetails r) {
		return of(r, null, null);
	}

	static ReportResponse of(ReportSummary s) {
		return of(s.report(), s.name(), s.subdivision());
	}

	private static ReportResponse of(ReportDetails r, @Nullable String name, @Nullable String subdivision) {
		return new ReportResponse(r.government().value(), name, subdivision, r.year(), r.nothingToReport(), r.note(),
				r.state().name(), r.firstSubmittedOn(), r.onTime(), r.submittedAt(), r.submittedBy(), r.approvedAt(),
				r.approvedBy(), r.returnedAt(), r.returnedBy(), r.returnReason(), r.version());
	}

}
