package org.twinningregistry.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.reporting.MissCause;
import org.twinningregistry.reporting.PlanReview;
import org.twinningregistry.shared.Category;

/**
 * One line of a report's plan review as stored (table {@code annual_report_plan_review}).
 */
@Embeddable
public record PlanReviewRow(@Column(name = "plan_id") String plan, @Column(name = "activity_key") String activity,
		@Column(name = "activity_year") int year, @Enumerated(EnumType.STRING) Category category, String title,
		@Enumerated(EnumType.STRING) MissCause cause, @Column(name = "reason_text") @Nullable String text) {

	static PlanReviewRow of(PlanReview review) {
		return new PlanReviewRow(review.plan(), review.activity(), review.year(), review.category(), review.title(),
				review.cause(), review.text());
	}

	PlanReview review() {
		return new PlanReview(this.plan, this.activity, this.year, this.category, this.title, this.cause, this.text);
	}

}
