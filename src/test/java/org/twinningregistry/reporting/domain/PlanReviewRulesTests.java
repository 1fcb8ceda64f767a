package org.twinningregistry.reporting.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.twinningregistry.reporting.MissCause;
import org.twinningregistry.reporting.MissReason;
import org.twinningregistry.reporting.PlanReview;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.PlanId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanReviewRulesTests {

	private static final List<PlanReviewRules.Missed> MISSED = List.of(
			new PlanReviewRules.Missed("p1", "youth", 2024, Category.YOUTH, "Youth exchange"),
			new PlanReviewRules.Missed("p1", "trade", 2024, Category.ECONOMY, "Trade mission"));

	private static MissReason reason(String activity, MissCause cause, String text) {
		return new MissReason(new PlanId("p1"), activity, cause, text);
	}

	private static List<String> codes(List<MissReason> reasons) {
		return catchThrowableOfType(RuleViolationException.class, () -> PlanReviewRules.review(MISSED, reasons))
			.violations()
			.stream()
			.map(Violation::code)
			.toList();
	}

	@Test
	void keepsOneReasonPerMissedActivityInTheirOrder() {
		List<PlanReview> review = PlanReviewRules.review(MISSED,
				List.of(reason("trade", MissCause.PARTNER, null), reason("youth", MissCause.OTHER, "Flood")));
		assertThat(review).extracting(PlanReview::activity).containsExactly("youth", "trade");
		assertThat(review.get(0).title()).isEqualTo("Youth exchange");
		assertThat(review.get(0).text()).isEqualTo("Flood");
	}

	@Test
	void refusesAMissWithoutReasonAnOtherWithoutTextAndReasonsForNothing() {
		assertThat(codes(List.of(reason("youth", MissCause.OTHER, " "))))
			.containsExactly("rule.report.miss-reason.text", "rule.report.miss-reason.required");
		assertThat(codes(List.of(reason("youth", MissCause.BUDGET, null), reason("youth", MissCause.BUDGET, null),
				reason("trade", MissCause.BUDGET, null), reason("culture", MissCause.BUDGET, null))))
			.containsExactly("rule.report.miss-reason.twice", "rule.report.miss-reason.unknown");
	}

	@Test
	void nothingMissedNeedsNothing() {
		assertThat(PlanReviewRules.review(List.of(), List.of())).isEmpty();
	}

}
