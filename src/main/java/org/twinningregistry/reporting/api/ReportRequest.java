package org.twinningregistry.reporting.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.reporting.MissCause;
import org.twinningregistry.reporting.MissReason;
import org.twinningregistry.shared.IdReference;
import org.twinningregistry.shared.RecordKey;
import org.twinningregistry.strategy.PlanId;

/**
 * An annual report as submitted.
 *
 * @param government the id of the government reporting
 * @param nothingToReport {@code true} when the government had no engagement that year
 * @param note anything it adds, optional
 * @param version when submitting a returned report again, the version it revises
 * (optional; a stale one is refused with 409)
 * @param planReview why each planned activity of the year the government was to initiate
 * was missed: one entry per missed activity (see
 * {@code GET /api/v1/statistics/fulfilment})
 */
record ReportRequest(@NotBlank @Size(max = 64) @IdReference String government, @NotNull Boolean nothingToReport,
		@Nullable @Size(max = 2000) String note, @Nullable Long version,
		@Nullable @Size(max = 500) List<@Valid @NotNull MissRequest> planReview) {

	List<MissReason> reasons() {
		return (this.planReview != null) ? this.planReview.stream().map(MissRequest::toReason).toList() : List.of();
	}

	/**
	 * Why a planned activity was missed.
	 *
	 * @param plan the plan's id
	 * @param activity the activity's key within the plan
	 * @param reason BUDGET, PARTNER, EMERGENCY, PRIORITIES or OTHER
	 * @param text what the government adds (required with OTHER)
	 */
	record MissRequest(@NotBlank @RecordKey String plan, @NotBlank @Size(max = 32) String activity,
			@NotNull MissCause reason, @Nullable @Size(max = 2000) String text) {

		MissReason toReason() {
			return new MissReason(new PlanId(this.plan), this.activity, this.reason, this.text);
		}

	}

}
