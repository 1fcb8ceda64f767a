package org.twinningregistry.strategy.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanValues;
import org.twinningregistry.strategy.PlannedActivity;

/**
 * The rules a plan keeps. Field names are those of the API ({@code from},
 * {@code activities[0].year}).
 */
public final class PlanRules {

	/** The earliest year a plan may cover. */
	public static final int FIRST_YEAR = 1950;

	/** The latest year a plan may cover. */
	public static final int LAST_YEAR = 2100;

	/** The most years a plan covers. */
	public static final int MAX_SPAN = 10;

	/** The most activities a plan lists. */
	public static final int MAX_ACTIVITIES = 200;

	private static final Pattern KEY = Pattern.compile("[\\p{Alnum}_.:-]{1,32}");

	private PlanRules() {
	}

	/**
	 * Checks a plan's values.
	 * @param self the plan's id
	 * @param parties the two parties of its published agreement, {@code null} when the
	 * agreement is not published
	 * @param others the other published plans of the same agreement
	 */
	public static List<Violation> check(PlanId self, PlanValues v, @Nullable Set<GovernmentId> parties,
			List<Covering> others) {
		List<Violation> violations = new ArrayList<>();
		if (parties == null) {
			violations.add(Violation.of("agreement", "rule.plan.agreement.unknown", v.agreement().value()));
		}
		checkYears(self, v, others, violations);
		if (v.activities().isEmpty()) {
			violations.add(Violation.of("activities", "rule.plan.activities.required"));
		}
		else if (v.activities().size() > MAX_ACTIVITIES) {
			violations.add(Violation.of("activities", "rule.plan.activities.too-many", MAX_ACTIVITIES));
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < v.activities().size(); i++) {
			checkActivity("activities[" + i + "].", v.activities().get(i), v, parties, keys, violations);
		}
		return violations;
	}

	private static void checkYears(PlanId self, PlanValues v, List<Covering> others, List<Violation> violations) {
		if (v.from() < FIRST_YEAR || v.from() > LAST_YEAR) {
			violations.add(Violation.of("from", "rule.plan.year.range", v.from(), FIRST_YEAR, LAST_YEAR));
		}
		if (v.to() < FIRST_YEAR || v.to() > LAST_YEAR) {
			violations.add(Violation.of("to", "rule.plan.year.range", v.to(), FIRST_YEAR, LAST_YEAR));
		}
		if (v.to() < v.from()) {
			violations.add(Violation.of("to", "rule.plan.years.order", v.from(), v.to()));
		}
		else if (v.to() - v.from() + 1 > MAX_SPAN) {
			violations.add(Violation.of("to", "rule.plan.years.span", MAX_SPAN));
		}
		for (Covering other : others) {
			if (!other.id().equals(self) && other.from() <= v.to() && v.from() <= other.to()) {
				violations.add(Violation.of("from", "rule.plan.overlap", other.id().value(), other.from(), other.to()));
			}
		}
	}

	private static void checkActivity(String at, PlannedActivity a, PlanValues plan,
			@Nullable Set<GovernmentId> parties, Set<String> keys, List<Violation> violations) {
		if (a.key() == null || !KEY.matcher(a.key()).matches()) {
			violations.add(Violation.of(at + "key", "rule.plan.activity.key", String.valueOf(a.key())));
		}
		else if (!keys.add(a.key())) {
			violations.add(Violation.of(at + "key", "rule.plan.activity.key.twice", a.key()));
		}
		if (a.year() < plan.from() || a.year() > plan.to()) {
			violations.add(Violation.of(at + "year", "rule.plan.activity.year", a.year(), plan.from(), plan.to()));
		}
		if (parties != null && !a.isJoint() && parties.stream().noneMatch(party -> party.value().equals(a.origin()))) {
			violations.add(Violation.of(at + "origin", "rule.plan.activity.origin", a.origin()));
		}
		if (a.participants() != null && a.participants() < 0) {
			violations.add(Violation.of(at + "participants", "rule.not-negative"));
		}
		if (a.title().isEmpty()) {
			violations.add(Violation.of(at + "title", "rule.required"));
		}
		else if (a.title().length() > 300) {
			violations.add(Violation.of(at + "title", "rule.too-long", 300));
		}
		if (a.notes() != null && a.notes().length() > 4000) {
			violations.add(Violation.of(at + "notes", "rule.too-long", 4000));
		}
	}

	/**
	 * The years another plan of the agreement covers.
	 *
	 * @param id the other plan
	 * @param from its first year
	 * @param to its last year
	 */
	public record Covering(PlanId id, int from, int to) {

	}

}
