package org.twinningregistry.strategy.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Versioned;
import org.twinningregistry.strategy.PlanSummary;
import org.twinningregistry.strategy.PlanValues;
import org.twinningregistry.strategy.PlannedActivity;
import org.twinningregistry.workflow.RevisionState;

/**
 * A plan as the API shows it. {@code workflowState} is absent for a published plan; a
 * reporter's write answers with the draft's values, its state and the revision's
 * {@code version}.
 */
record PlanResponse(String id, String agreement, int from, int to, List<ActivityResponse> activities, long version,
		@Nullable RevisionState workflowState) implements Versioned {

	static PlanResponse of(PlanSummary plan) {
		PlanValues v = plan.values();
		return new PlanResponse(plan.id().value(), v.agreement().value(), v.from(), v.to(),
				v.activities().stream().map(ActivityResponse::of).toList(), plan.version(), plan.draft());
	}

	/** A planned activity. */
	record ActivityResponse(String key, int year, Category category, @Nullable EngagementForm form, String origin,
			@Nullable Integer participants, String title, @Nullable String notes) {

		static ActivityResponse of(PlannedActivity a) {
			return new ActivityResponse(String.valueOf(a.key()), a.year(), a.category(), a.form(), a.origin(),
					a.participants(), a.title(), a.notes());
		}

	}

}
