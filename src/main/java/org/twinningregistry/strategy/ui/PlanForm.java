package org.twinningregistry.strategy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.PlanSummary;
import org.twinningregistry.strategy.PlanValues;
import org.twinningregistry.strategy.PlannedActivity;

/**
 * What the plan form posts. Field names are those of the API ({@code from},
 * {@code activities[0].year}); a row of activities left entirely blank is no activity, so
 * that the form can offer empty rows to fill.
 *
 * @param version the version the edit started from, {@code null} for a new plan
 */
record PlanForm(@Nullable String agreement, @Nullable Integer from, @Nullable Integer to,
		@Nullable List<ActivityForm> activities, @Nullable Long version) {

	/** Empty rows offered below the activities. */
	static final int BLANK_ROWS = 3;

	/** Fills what a post left out and adds the blank rows to fill. */
	PlanForm {
		List<ActivityForm> rows = new ArrayList<>();
		if (activities != null) {
			activities.stream().filter(a -> a != null && !a.isBlank()).forEach(rows::add);
		}
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(ActivityForm.BLANK);
		}
		activities = rows;
	}

	static PlanForm empty(AgreementId agreement, int year) {
		return new PlanForm(agreement.value(), year, year + 2, List.of(), null);
	}

	static PlanForm of(PlanSummary plan) {
		PlanValues v = plan.values();
		return new PlanForm(v.agreement().value(), v.from(), v.to(),
				v.activities()
					.stream()
					.map(a -> new ActivityForm(a.key(), a.year(), a.category(), a.form(), a.origin(), a.participants(),
							a.title(), a.notes()))
					.toList(),
				plan.version());
	}

	/**
	 * The values to store, under the plan's agreement.
	 * @throws RuleViolationException if a year is missing, or a filled row lacks its year
	 * or category
	 */
	PlanValues values(AgreementId agreement) {
		List<Violation> violations = new ArrayList<>();
		if (this.from == null) {
			violations.add(Violation.of("from", "rule.required"));
		}
		if (this.to == null) {
			violations.add(Violation.of("to", "rule.required"));
		}
		List<ActivityForm> filled = activities().stream().filter(a -> !a.isBlank()).toList();
		for (int i = 0; i < filled.size(); i++) {
			if (filled.get(i).year() == null) {
				violations.add(Violation.of("activities[" + i + "].year", "rule.required"));
			}
			if (filled.get(i).category() == null) {
				violations.add(Violation.of("activities[" + i + "].category", "rule.required"));
			}
		}
		RuleViolationException.throwIfAny(violations);
		return new PlanValues(agreement, this.from, this.to, filled.stream().map(ActivityForm::activity).toList());
	}

	long editedVersion() {
		return (this.version != null) ? this.version : -1;
	}

	/** One planned activity's row. */
	record ActivityForm(@Nullable String key, @Nullable Integer year, @Nullable Category category,
			@Nullable EngagementForm form, @Nullable String origin, @Nullable Integer participants,
			@Nullable String title, @Nullable String notes) {

		static final ActivityForm BLANK = new ActivityForm(null, null, null, null, null, null, null, null);

		boolean isBlank() {
			return blank(this.key) && this.year == null && this.category == null && this.form == null
					&& blank(this.origin) && this.participants == null && blank(this.title) && blank(this.notes);
		}

		PlannedActivity activity() {
			return new PlannedActivity(blank(this.key) ? null : this.key, (this.year != null) ? this.year : 0,
					Objects.requireNonNull(this.category), this.form,
					String.valueOf((this.origin != null) ? this.origin : ""), this.participants,
					String.valueOf((this.title != null) ? this.title : ""), this.notes);
		}

		private static boolean blank(@Nullable String text) {
			return text == null || text.isBlank();
		}

	}

}
