package org.twinningregistry.strategy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.PlannedActivity;

/** A planned activity as a plan stores it (table {@code strategy_plan_activity}). */
@Embeddable
public record ActivityRow(@Column(name = "activity_key") String key, @Column(name = "activity_year") int year,
		@Enumerated(EnumType.STRING) Category category, @Enumerated(EnumType.STRING) @Nullable EngagementForm form,
		String origin, @Nullable Integer participants, String title, @Nullable String notes) {

	static ActivityRow of(PlannedActivity activity) {
		return new ActivityRow(String.valueOf(activity.key()), activity.year(), activity.category(), activity.form(),
				activity.origin(), activity.participants(), activity.title(), activity.notes());
	}

	PlannedActivity activity() {
		return new PlannedActivity(this.key, this.year, this.category, this.form, this.origin, this.participants,
				this.title, this.notes);
	}

}
