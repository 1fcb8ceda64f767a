package org.twinningregistry.reporting.ui;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.MissCause;
import org.twinningregistry.reporting.MissReason;
import org.twinningregistry.reporting.SubmitReport;
import org.twinningregistry.strategy.PlanId;

/**
 * What the report form posts: the report, and a reason for each planned activity the
 * government missed ({@code planReview[0].plan}, {@code .activity}, {@code .reason},
 * {@code .text}); a missed activity left without a reason is reported by the rules.
 *
 * @param version the version of the returned report it revises
 */
record ReportForm(@Nullable Boolean nothingToReport, @Nullable String note, @Nullable Long version,
		@Nullable List<MissForm> planReview) {

	SubmitReport command(GovernmentId government, int year) {
		List<MissReason> reasons = (this.planReview == null) ? List.of()
				: this.planReview.stream()
					.filter(Objects::nonNull)
					.filter(m -> m.reason() != null && m.plan() != null && PlanId.isValid(m.plan()))
					.map(m -> new MissReason(new PlanId(m.plan()), String.valueOf(m.activity()), m.reason(), m.text()))
					.toList();
		return new SubmitReport(government, year, Boolean.TRUE.equals(this.nothingToReport), this.note, this.version,
				reasons);
	}

	/** A reason for one missed activity. */
	record MissForm(@Nullable String plan, @Nullable String activity, @Nullable MissCause reason,
			@Nullable String text) {

	}

}
