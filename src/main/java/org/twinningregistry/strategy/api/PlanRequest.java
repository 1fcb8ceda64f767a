package org.twinningregistry.strategy.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.RecordKey;
import org.twinningregistry.shared.VersionedRequest;
import org.twinningregistry.strategy.PlanValues;
import org.twinningregistry.strategy.PlannedActivity;

/**
 * A plan to propose or replace; its agreement is the one it is posted under (and stays
 * it). {@code id} is taken on create only; {@code version} is required on update.
 *
 * @param id the key to give a new plan, optional (generated otherwise)
 * @param from its first calendar year
 * @param to its last calendar year (at most ten years)
 * @param activities the planned activities, in order
 * @param version the version the change is based on
 */
record PlanRequest(@Nullable @RecordKey String id, @NotNull Integer from, @NotNull Integer to,
		@NotNull @Size(max = 200) List<@Valid @NotNull ActivityRequest> activities,
		@Nullable Long version) implements VersionedRequest<PlanRequest> {

	@Override
	public PlanRequest withVersion(long version) {
		return new PlanRequest(this.id, this.from, this.to, this.activities, version);
	}

	PlanValues values(AgreementId agreement) {
		return new PlanValues(agreement, this.from, this.to,
				this.activities.stream().map(ActivityRequest::activity).toList());
	}

	/**
	 * A planned activity.
	 *
	 * @param key its key within the plan, optional (the next free number otherwise)
	 * @param year the year it is planned for
	 * @param category what it is about
	 * @param form how it is to be done, optional
	 * @param origin the id of the party that is to initiate it, or {@code BOTH}
	 * @param participants how many are expected, optional
	 * @param title short title
	 * @param notes free text, optional
	 */
	record ActivityRequest(@Nullable @Size(max = 32) String key, @NotNull Integer year, @NotNull Category category,
			@Nullable EngagementForm form, @NotBlank @Size(max = 64) String origin,
			@Nullable @PositiveOrZero Integer participants, @NotBlank @Size(max = 300) String title,
			@Nullable @Size(max = 4000) String notes) {

		PlannedActivity activity() {
			return new PlannedActivity(this.key, this.year, this.category, this.form, this.origin, this.participants,
					this.title, this.notes);
		}

	}

}
