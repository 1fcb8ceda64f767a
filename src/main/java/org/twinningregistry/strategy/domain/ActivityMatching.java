package org.twinningregistry.strategy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Category;

/**
 * Which engagement meets which planned activity (docs/statistics.md, "Fulfilment"): a
 * planned activity is met by a substantive engagement of the same agreement, year and
 * category whose origin matches — the same side, or {@code BOTH} on either of the two.
 * One engagement meets at most one activity and one activity is met by at most one
 * engagement. The caller gives the activities of one plan and the substantive published
 * engagements of its agreement.
 * <p>
 * Among all such pairings the policy takes one with the most pairs, the same every time:
 * within each year and category,
 * <ol>
 * <li>each side's activities are met by that side's engagements (exact matches);</li>
 * <li>a side's activities left over are met by joint engagements, and a side's
 * engagements left over meet joint activities (the only pairs those can still make);</li>
 * <li>joint activities left over are met by joint engagements left over.</li>
 * </ol>
 * Taking the exact pairs first never loses a pair (an exact pair uses no joint engagement
 * or activity, which alone can serve the others), and after them a side's activities and
 * engagements cannot both be left; so the steps reach the largest number of pairs. Joint
 * engagements paired with joint activities first could leave a side's activity unmet that
 * a joint engagement would have met. Within a step activities are taken in the plan's
 * order and engagements by date (undated last), then id.
 */
public final class ActivityMatching {

	/** The origin of a joint activity or engagement. */
	public static final String BOTH = "BOTH";

	private ActivityMatching() {
	}

	/**
	 * Pairs the activities with the engagements.
	 * @param planned the planned activities, in the plan's order
	 * @param done the substantive published engagements of the plan's agreement
	 * @return the id of the engagement that meets each activity, by the activity's
	 * position in {@code planned}; an activity met by none is absent
	 */
	public static Map<Integer, String> match(List<Planned> planned, List<Done> done) {
		Map<Integer, String> met = new TreeMap<>();
		Map<Group, List<Integer>> activities = new LinkedHashMap<>();
		for (int i = 0; i < planned.size(); i++) {
			Planned p = planned.get(i);
			activities.computeIfAbsent(new Group(p.year(), p.category()), g -> new ArrayList<>()).add(i);
		}
		Map<Group, List<Done>> engagements = new LinkedHashMap<>();
		done.stream()
			.sorted(Comparator.comparing(Done::date, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Done::id))
			.forEach(
					d -> engagements.computeIfAbsent(new Group(d.year(), d.category()), g -> new ArrayList<>()).add(d));
		activities.forEach((group, indexes) -> matchGroup(planned, indexes,
				new ArrayList<>(engagements.getOrDefault(group, List.of())), met));
		return met;
	}

	/**
	 * Whether an activity of this year not met by anything is still pending on
	 * {@code asOf} (its year has not ended), else missed.
	 */
	public static boolean isPending(int year, LocalDate asOf) {
		return year >= asOf.getYear();
	}

	private static void matchGroup(List<Planned> planned, List<Integer> indexes, List<Done> done,
			Map<Integer, String> met) {
		List<Integer> open = new ArrayList<>(indexes);
		// 1. a side's activity by that side's engagement
		pair(planned, open, done, (a, e) -> !isJoint(a) && a.equals(e), met);
		// 2. a side's activity by a joint engagement; a side's engagement for a joint
		// activity
		pair(planned, open, done, (a, e) -> !isJoint(a) && isJoint(e), met);
		pair(planned, open, done, (a, e) -> isJoint(a) && !isJoint(e), met);
		// 3. joint with joint
		pair(planned, open, done, (a, e) -> isJoint(a) && isJoint(e), met);
	}

	/**
	 * Pairs each open activity, in order, with the first engagement left whose origin
	 * suits it; paired ones leave both lists.
	 */
	private static void pair(List<Planned> planned, List<Integer> open, List<Done> done,
			BiPredicate<String, String> suits, Map<Integer, String> met) {
		for (var activities = open.iterator(); activities.hasNext();) {
			int index = activities.next();
			String origin = planned.get(index).origin();
			for (var engagements = done.iterator(); engagements.hasNext();) {
				Done engagement = engagements.next();
				if (suits.test(origin, engagement.origin())) {
					met.put(index, engagement.id());
					engagements.remove();
					activities.remove();
					break;
				}
			}
		}
	}

	private static boolean isJoint(String origin) {
		return BOTH.equals(origin);
	}

	/**
	 * A planned activity, as the policy needs it.
	 *
	 * @param year its year
	 * @param category its category
	 * @param origin the id of the side to initiate it, or {@value #BOTH}
	 */
	public record Planned(int year, Category category, String origin) {

		public Planned {
			Objects.requireNonNull(category, "category");
			Objects.requireNonNull(origin, "origin");
		}

	}

	/**
	 * A substantive published engagement of the plan's agreement.
	 *
	 * @param id its id
	 * @param year its year
	 * @param category its category
	 * @param origin the id of the side that initiated it, or {@value #BOTH}
	 * @param date the first day of its date, if it has one
	 */
	public record Done(String id, int year, Category category, String origin, @Nullable LocalDate date) {

		public Done {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(category, "category");
			Objects.requireNonNull(origin, "origin");
		}

	}

	private record Group(int year, Category category) {

	}

}
