package org.twinningregistry.strategy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.strategy.ActivityFulfilment;
import org.twinningregistry.strategy.ActivityState;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlannedActivity;
import org.twinningregistry.strategy.domain.ActivityMatching;
import org.twinningregistry.strategy.internal.FulfilmentRows.Engagement;

/**
 * Planned activities with their states: each plan's activities matched with its
 * agreement's substantive engagements by {@link ActivityMatching}; an activity met by
 * none is pending while its year has not ended, else missed.
 */
public final class PlanStates {

	private PlanStates() {
	}

	/**
	 * @param planned activities, each plan's in its order
	 * @param engagements the substantive engagements of the plans' agreements in the
	 * plans' years (or the years of the activities given)
	 * @param asOf the day the states are as of
	 * @return the activities with their states, in the order given
	 */
	public static List<ActivityFulfilment> of(List<Planned> planned, List<Engagement> engagements, LocalDate asOf) {
		Map<String, List<Engagement>> byAgreement = engagements.stream()
			.collect(Collectors.groupingBy(Engagement::agreement));
		Map<PlanId, List<Planned>> byPlan = planned.stream()
			.collect(Collectors.groupingBy(Planned::plan, LinkedHashMap::new, Collectors.toList()));
		Map<Planned, ActivityFulfilment> states = new LinkedHashMap<>();
		byPlan.forEach((plan, activities) -> {
			List<Engagement> done = byAgreement.getOrDefault(activities.get(0).agreement().value(), List.of());
			Map<Integer, String> met = ActivityMatching.match(
					activities.stream()
						.map(p -> new ActivityMatching.Planned(p.activity().year(), p.activity().category(),
								p.activity().origin()))
						.toList(),
					done.stream()
						.map(e -> new ActivityMatching.Done(e.id(), e.year(), e.category(), e.origin(), e.date()))
						.toList());
			Map<String, Engagement> byId = done.stream().collect(Collectors.toMap(Engagement::id, e -> e));
			for (int i = 0; i < activities.size(); i++) {
				Planned p = activities.get(i);
				Engagement by = (met.get(i) != null) ? byId.get(met.get(i)) : null;
				ActivityState state = (by != null) ? ActivityState.MET
						: ActivityMatching.isPending(p.activity().year(), asOf) ? ActivityState.PENDING
								: ActivityState.MISSED;
				states.put(p, new ActivityFulfilment(p.plan(), p.agreement(), p.activity(), state,
						(by != null) ? new ActivityFulfilment.MetBy(by.id(), by.title(), by.origin()) : null));
			}
		});
		return new ArrayList<>(states.values());
	}

	/**
	 * A planned activity with its plan and agreement.
	 *
	 * @param plan its plan
	 * @param agreement the plan's agreement
	 * @param activity the activity
	 */
	public record Planned(PlanId plan, AgreementId agreement, PlannedActivity activity) {

	}

}
