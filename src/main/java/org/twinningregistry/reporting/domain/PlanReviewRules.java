package org.twinningregistry.reporting.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.twinningregistry.reporting.MissCause;
import org.twinningregistry.reporting.MissReason;
import org.twinningregistry.reporting.PlanReview;
import org.twinningregistry.reporting.SubmitReport;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * The plan review an annual report must hold: one reason for each planned activity of the
 * year the government was to initiate (alone or jointly) that was missed, none for
 * anything else, and a text with the reason {@code OTHER}. Field name {@code planReview},
 * as the API spells it.
 */
public final class PlanReviewRules {

	static final String FIELD = "planReview";

	private PlanReviewRules() {
	}

	/**
	 * The reasons given, checked against the activities missed.
	 * @return the plan review to store, in the order of the activities missed
	 * @throws org.twinningregistry.shared.RuleViolationException if a missed activity has
	 * no reason, a reason names no missed activity or names one twice, or a reason lacks
	 * its text
	 */
	public static List<PlanReview> review(List<Missed> missed, List<MissReason> reasons) {
		List<Violation> violations = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (MissReason reason : reasons) {
			String key = reason.plan().value() + " " + reason.activity();
			if (!seen.add(key)) {
				violations.add(
						Violation.of(FIELD, "rule.report.miss-reason.twice", reason.activity(), reason.plan().value()));
			}
			if (missed.stream().noneMatch(m -> m.is(reason))) {
				violations.add(Violation.of(FIELD, "rule.report.miss-reason.unknown", reason.activity(),
						reason.plan().value()));
			}
		}
		List<PlanReview> review = new ArrayList<>();
		for (Missed m : missed) {
			MissReason reason = reasons.stream().filter(m::is).findFirst().orElse(null);
			if (reason == null) {
				violations.add(Violation.of(FIELD, "rule.report.miss-reason.required", m.title(), m.year()));
				continue;
			}
			if (reason.cause() == MissCause.OTHER && reason.text() == null) {
				violations.add(Violation.of(FIELD, "rule.report.miss-reason.text", m.title()));
			}
			if (reason.text() != null && reason.text().length() > SubmitReport.MAX_TEXT) {
				violations
					.add(Violation.of(FIELD, "rule.report.miss-reason.too-long", m.title(), SubmitReport.MAX_TEXT));
			}
			review.add(new PlanReview(m.plan(), m.activity(), m.year(), m.category(), m.title(), reason.cause(),
					reason.text()));
		}
		RuleViolationException.throwIfAny(violations);
		return review;
	}

	/**
	 * A planned activity the government missed.
	 *
	 * @param plan its plan's id
	 * @param activity its key
	 * @param year its year
	 * @param category its category
	 * @param title its title
	 */
	public record Missed(String plan, String activity, int year, Category category, String title) {

		boolean is(MissReason reason) {
			return this.plan.equals(reason.plan().value()) && this.activity.equals(reason.activity());
		}

	}

}
