package org.twinningregistry.strategy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.twinningregistry.agreement.AgreementId;

/**
 * Everything about a multi-year plan that a person enters: the agreement it is agreed
 * under, its first and last years, and its planned activities in the order given. An
 * activity given without a key gets the smallest whole number not yet used as a key in
 * the plan ({@code "1"}, {@code "2"}, …).
 *
 * @param agreement the agreement the plan belongs to
 * @param from its first calendar year
 * @param to its last calendar year
 * @param activities what is planned, in order
 */
public record PlanValues(AgreementId agreement, int from, int to, List<PlannedActivity> activities) {

	public PlanValues {
		Objects.requireNonNull(agreement, "agreement");
		activities = keyed(activities);
	}

	/** The activity with this key, if the plan has one. */
	public Optional<PlannedActivity> activity(String key) {
		return this.activities.stream().filter(a -> key.equals(a.key())).findFirst();
	}

	private static List<PlannedActivity> keyed(List<PlannedActivity> given) {
		Set<String> used = new HashSet<>();
		given.forEach(a -> used.add(a.key()));
		List<PlannedActivity> keyed = new ArrayList<>(given.size());
		int next = 1;
		for (PlannedActivity activity : given) {
			if (activity.key() != null) {
				keyed.add(activity);
				continue;
			}
			while (used.contains(Integer.toString(next))) {
				next++;
			}
			used.add(Integer.toString(next));
			keyed.add(activity.withKey(Integer.toString(next)));
		}
		return List.copyOf(keyed);
	}

}
