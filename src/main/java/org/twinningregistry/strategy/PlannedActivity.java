package org.twinningregistry.strategy;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PlainText;

/**
 * One activity a plan foresees. Text is checked and normalised by {@link PlainText}.
 *
 * @param key its key within the plan (1–32 letters, digits and {@code - _ . :}); given by
 * the plan when {@code null}
 * @param year the calendar year it is planned for, within the plan's years
 * @param category what it is about: the engagements' categories
 * @param form how it is to be done, if decided
 * @param origin the party that is to initiate it, or {@value #BOTH} for a joint one
 * @param participants how many are expected to take part, if known
 * @param title short title
 * @param notes free text
 */
public record PlannedActivity(@Nullable String key, int year, Category category, @Nullable EngagementForm form,
		String origin, @Nullable Integer participants, String title, @Nullable String notes) {

	/** The origin of a joint activity, as for engagements. */
	public static final String BOTH = "BOTH";

	public PlannedActivity {
		key = PlainText.line("key", key);
		origin = PlainText.requiredLine("origin", origin);
		title = PlainText.requiredLine("title", title);
		notes = PlainText.lines("notes", notes);
	}

	/** The same activity under another key. */
	public PlannedActivity withKey(String newKey) {
		return new PlannedActivity(newKey, this.year, this.category, this.form, this.origin, this.participants,
				this.title, this.notes);
	}

	/** Whether it is joint: initiated by both sides. */
	public boolean isJoint() {
		return BOTH.equals(this.origin);
	}

}
