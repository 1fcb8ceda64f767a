package org.twinningregistry.strategy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.domain.ActivityMatching.Done;
import org.twinningregistry.strategy.domain.ActivityMatching.Planned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.strategy.domain.ActivityMatching.BOTH;

/**
 * The matching policy of fulfilment, on hand-computed cases and, for maximality, against
 * an exhaustive search on every small case.
 */
class ActivityMatchingTests {

	private static final String X = "burnaby";

	private static final String Y = "hwaseong";

	@Test
	void anActivityIsMetByAnEngagementOfTheSameSideYearAndCategoryOnly() {
		// given: Burnaby's 2024 youth exchange; Hwaseong's 2024 youth exchange, Burnaby's
		// 2024 culture event, Burnaby's 2025 youth exchange
		List<Planned> planned = List.of(new Planned(2024, Category.YOUTH, X));
		List<Done> done = List.of(done("e1", 2024, Category.YOUTH, Y), done("e2", 2024, Category.CULTURE, X),
				done("e3", 2025, Category.YOUTH, X));
		// then none meets it
		assertThat(ActivityMatching.match(planned, done)).isEmpty();
		// when Burnaby's own 2024 youth exchange is recorded, it does
		assertThat(ActivityMatching.match(planned, List.of(done("e4", 2024, Category.YOUTH, X))))
			.containsExactly(Map.entry(0, "e4"));
	}

	@Test
	void aJointActivityIsMetByEitherSidesEngagementAndAJointEngagementMeetsEitherSidesActivity() {
		assertThat(ActivityMatching.match(List.of(new Planned(2024, Category.POLICY, BOTH)),
				List.of(done("e1", 2024, Category.POLICY, Y))))
			.containsExactly(Map.entry(0, "e1"));
		assertThat(ActivityMatching.match(List.of(new Planned(2024, Category.POLICY, Y)),
				List.of(done("e1", 2024, Category.POLICY, BOTH))))
			.containsExactly(Map.entry(0, "e1"));
	}

	@Test
	void oneEngagementMeetsOneActivityAndOneActivityIsMetOnce() {
		// given two planned youth exchanges of Burnaby and one done
		List<Planned> planned = List.of(new Planned(2024, Category.YOUTH, X), new Planned(2024, Category.YOUTH, X));
		// then the first in the plan's order is met, the second not
		assertThat(ActivityMatching.match(planned, List.of(done("e1", 2024, Category.YOUTH, X))))
			.containsExactly(Map.entry(0, "e1"));
		// and two engagements for one activity meet it once, by the earlier one
		assertThat(
				ActivityMatching.match(List.of(new Planned(2024, Category.YOUTH, X)),
						List.of(done("e2", 2024, Category.YOUTH, X, "2024-09-01"),
								done("e1", 2024, Category.YOUTH, X, "2024-05-01"))))
			.containsExactly(Map.entry(0, "e1"));
	}

	@Test
	void exactMatchesComeBeforeJointOnesSoThatNoActivityIsLeftUnmetNeedlessly() {
		// given Burnaby's and a joint activity; a joint engagement and Hwaseong's
		List<Planned> planned = List.of(new Planned(2024, Category.CULTURE, BOTH),
				new Planned(2024, Category.CULTURE, X));
		List<Done> done = List.of(done("joint", 2024, Category.CULTURE, BOTH, "2024-01-01"),
				done("hwaseong", 2024, Category.CULTURE, Y, "2024-06-01"));
		// then Burnaby's is met by the joint engagement and the joint activity by
		// Hwaseong's (pairing joint with joint first would leave Burnaby's unmet)
		assertThat(ActivityMatching.match(planned, done)).containsExactly(Map.entry(0, "hwaseong"),
				Map.entry(1, "joint"));
		// and a side's own engagement is kept for it rather than for the joint activity
		assertThat(ActivityMatching.match(planned,
				List.of(done("x", 2024, Category.CULTURE, X, "2024-01-01"),
						done("y", 2024, Category.CULTURE, Y, "2024-02-01"))))
			.containsExactly(Map.entry(0, "y"), Map.entry(1, "x"));
	}

	@Test
	void alwaysPairsAsManyAsTheLargestPossiblePairing() {
		// 3,000 random lists of up to four activities and four engagements of origins X,
		// Y and BOTH in one year and category
		String[] origins = { X, Y, BOTH };
		Random random = new Random(11);
		for (int run = 0; run < 3000; run++) {
			List<Planned> planned = new ArrayList<>();
			List<Done> done = new ArrayList<>();
			int activities = random.nextInt(5);
			int engagements = random.nextInt(5);
			for (int i = 0; i < activities; i++) {
				planned.add(new Planned(2024, Category.YOUTH, origins[random.nextInt(3)]));
			}
			for (int i = 0; i < engagements; i++) {
				done.add(done("e" + i, 2024, Category.YOUTH, origins[random.nextInt(3)]));
			}
			Map<Integer, String> met = ActivityMatching.match(planned, done);
			assertThat(met).as("%s / %s", planned, done).hasSize(largestPairing(planned, done, 0, new HashSet<>()));
			assertThat(new HashSet<>(met.values())).hasSameSizeAs(met.values());
			met.forEach((index, id) -> assertThat(suits(planned.get(index).origin(),
					done.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().origin()))
				.isTrue());
		}
	}

	@Test
	void isTheSameWhateverTheOrderTheEngagementsComeIn() {
		List<Planned> planned = List.of(new Planned(2024, Category.YOUTH, BOTH), new Planned(2024, Category.YOUTH, X));
		List<Done> done = new ArrayList<>(List.of(done("c", 2024, Category.YOUTH, Y),
				done("a", 2024, Category.YOUTH, BOTH), done("b", 2024, Category.YOUTH, X)));
		Map<Integer, String> first = ActivityMatching.match(planned, done);
		Collections.reverse(done);
		// Burnaby's activity takes Burnaby's engagement; the joint one Hwaseong's, the
		// only one left that only a joint activity can take; the joint engagement is left
		assertThat(ActivityMatching.match(planned, done)).isEqualTo(first)
			.containsExactly(Map.entry(0, "c"), Map.entry(1, "b"));
	}

	/** The size of the largest pairing, by trying every one. */
	private static int largestPairing(List<Planned> planned, List<Done> done, int from, Set<Integer> used) {
		if (from == planned.size()) {
			return 0;
		}
		int best = largestPairing(planned, done, from + 1, used);
		for (int e = 0; e < done.size(); e++) {
			if (!used.contains(e) && suits(planned.get(from).origin(), done.get(e).origin())) {
				used.add(e);
				best = Math.max(best, 1 + largestPairing(planned, done, from + 1, used));
				used.remove(e);
			}
		}
		return best;
	}

	private static boolean suits(String activity, String engagement) {
		return activity.equals(engagement) || BOTH.equals(activity) || BOTH.equals(engagement);
	}

	private static Done done(String id, int year, Category category, String origin) {
		return new Done(id, year, category, origin, null);
	}

	private static Done done(String id, int year, Category category, String origin, String date) {
		return new Done(id, year, category, origin, LocalDate.parse(date));
	}

}
