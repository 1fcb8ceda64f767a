package org.twinningregistry.strategy.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanValues;
import org.twinningregistry.strategy.PlannedActivity;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTests {

	private static final PlanId SELF = new PlanId("p1");

	private static final Set<GovernmentId> PARTIES = Set.of(new GovernmentId("burnaby"), new GovernmentId("hwaseong"));

	private static final AgreementId AGREEMENT = new AgreementId("burnaby-hwaseong");

	private static List<String> check(PlanValues values, List<PlanRules.Covering> others) {
		return PlanRules.check(SELF, values, PARTIES, others).stream().map(v -> v.field() + ":" + v.code()).toList();
	}

	private static PlannedActivity activity(String key, int year, String origin, String title) {
		return new PlannedActivity(key, year, Category.YOUTH, EngagementForm.PROGRAM, origin, 20, title, null);
	}

	@Test
	void acceptsAPlanOfPartiesAndJointActivitiesWithinItsYears() {
		assertThat(check(
				new PlanValues(AGREEMENT, 2024, 2026, List.of(activity(null, 2024, "burnaby", "Youth"),
						activity(null, 2025, "hwaseong", "Policy"), activity("joint", 2026, "BOTH", "Festival"))),
				List.of()))
			.isEmpty();
	}

	@Test
	void givesActivitiesWithoutAKeyTheNextFreeNumber() {
		PlanValues plan = new PlanValues(AGREEMENT, 2024, 2026, List.of(activity("2", 2024, "burnaby", "A"),
				activity(null, 2024, "burnaby", "B"), activity(null, 2025, "burnaby", "C")));
		assertThat(plan.activities()).extracting(PlannedActivity::key).containsExactly("2", "1", "3");
	}

	@Test
	void checksYearsSpanAndOverlapWithTheAgreementsOtherPlans() {
		List<PlanRules.Covering> others = List.of(new PlanRules.Covering(new PlanId("p0"), 2020, 2024),
				new PlanRules.Covering(SELF, 2024, 2026));
		assertThat(check(new PlanValues(AGREEMENT, 2024, 2026, List.of(activity(null, 2024, "burnaby", "A"))), others))
			.containsExactly("from:rule.plan.overlap");
		assertThat(
				check(new PlanValues(AGREEMENT, 2026, 2024, List.of(activity(null, 2025, "burnaby", "A"))), List.of()))
			.containsExactly("to:rule.plan.years.order", "activities[0].year:rule.plan.activity.year");
		assertThat(
				check(new PlanValues(AGREEMENT, 2020, 2030, List.of(activity(null, 2025, "burnaby", "A"))), List.of()))
			.containsExactly("to:rule.plan.years.span");
		assertThat(
				check(new PlanValues(AGREEMENT, 1900, 1901, List.of(activity(null, 1900, "burnaby", "A"))), List.of()))
			.containsExactly("from:rule.plan.year.range", "to:rule.plan.year.range");
	}

	@Test
	void checksEachActivityFieldByField() {
		assertThat(check(
				new PlanValues(AGREEMENT, 2024, 2026,
						List.of(activity("a", 2023, "toronto", "Exchange"), activity("a", 2024, "burnaby", ""),
								new PlannedActivity("b c", 2024, Category.POLICY, null, "BOTH", -1, "Visit", null))),
				List.of()))
			.containsExactly("activities[0].year:rule.plan.activity.year",
					"activities[0].origin:rule.plan.activity.origin", "activities[1].key:rule.plan.activity.key.twice",
					"activities[1].title:rule.required", "activities[2].key:rule.plan.activity.key",
					"activities[2].participants:rule.not-negative");
		assertThat(check(new PlanValues(AGREEMENT, 2024, 2026, List.of()), List.of()))
			.containsExactly("activities:rule.plan.activities.required");
	}

	@Test
	void aPlanUnderNoPublishedAgreementIsRefused() {
		List<Violation> violations = PlanRules.check(SELF,
				new PlanValues(AGREEMENT, 2024, 2026, List.of(activity(null, 2024, "burnaby", "A"))), null, List.of());
		assertThat(violations).extracting(Violation::code).containsExactly("rule.plan.agreement.unknown");
	}

}
