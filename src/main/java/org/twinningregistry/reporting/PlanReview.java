package org.twinningregistry.reporting;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Category;

/**
 * The plan review of an annual report: each planned activity of the year the government
 * was to initiate, alone or jointly, that was missed, with the reason the report gave.
 *
 * @param plan the activity's plan
 * @param activity its key within the plan
 * @param year its year
 * @param category its category
 * @param title its title, as when the report was submitted
 * @param cause why it was missed
 * @param text what the government adds
 */
public record PlanReview(String plan, String activity, int year, Category category, String title, MissCause cause,
		@Nullable String text) {

}
