package org.twinningregistry.reporting;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.PlainText;
import org.twinningregistry.strategy.PlanId;

/**
 * Why a planned activity the government was to initiate was missed, as an annual report
 * gives it.
 *
 * @param plan the activity's plan
 * @param activity the activity's key within the plan
 * @param cause the reason, from the short list
 * @param text what the government adds (required for {@link MissCause#OTHER}, at most
 * 2000 characters)
 */
public record MissReason(PlanId plan, String activity, MissCause cause, @Nullable String text) {

	public MissReason {
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(cause, "cause");
		activity = PlainText.requiredLine("activity", activity);
		text = PlainText.lines("text", text);
	}

}
