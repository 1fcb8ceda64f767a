package org.twinningregistry.engagement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.DateRange;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.Violation;

/** The invariants of an engagement, and the warnings that do not block it. */
public final class EngagementRules {

	/**
	 * An engagement records what happened: its year and dates lie in the current year at
	 * the latest.
	 */
	private static final int YEARS_AHEAD = 0;

	private EngagementRules() {
	}

	/**
	 * @param agreement the facts of the agreement it took place under, or {@code null} if
	 * there is none
	 * @param today the registry's today: the year and dates lie between
	 * {@value DateRange#EARLIEST_YEAR} and the end of the current year, and the start
	 * date within the year
	 */
	public static List<Violation> check(EngagementValues v, @Nullable AgreementFacts agreement, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (agreement == null) {
			violations.add(Violation.of("agreement", "rule.engagement.agreement.unknown", v.agreement().value()));
		}
		else if (!EngagementValues.BOTH.equals(v.origin()) && !isParty(v.origin(), agreement)) {
			violations.add(Violation.of("origin", "rule.engagement.origin", v.origin(), agreement.partyA().value(),
					agreement.partyB().value()));
		}
		checkDates(v, today.getYear() + YEARS_AHEAD, violations);
		checkCost(v, violations);
		if (v.participants() != null && v.participants() < 0) {
			violations.add(Violation.of("participants", "rule.not-negative"));
		}
		if (v.title().isEmpty()) {
			violations.add(Violation.of("title", "rule.required"));
		}
		else if (v.title().length() > 300) {
			violations.add(Violation.of("title", "rule.too-long", 300));
		}
		checkLength("description", v.description(), 10000, violations);
		checkLength("source", v.source(), 4000, violations);
		return violations;
	}

	/**
	 * What is odd but allowed: dated before its agreement was signed or after it ended.
	 */
	public static List<Violation> warnings(EngagementValues v, AgreementFacts agreement) {
		List<Violation> warnings = new ArrayList<>();
		PartialDate when = (v.date() != null) ? v.date() : PartialDate.ofYear(v.year());
		PartialDate signed = agreement.signed();
		if (when.lastDay().isBefore(signed.firstDay())) {
			warnings.add(Violation.of("year", "warning.engagement.before-signed", when.toString(), signed.toString()));
		}
		PartialDate ended = agreement.ended();
		if (ended != null && ended.lastDay().isBefore(when.firstDay())) {
			warnings.add(Violation.of("year", "warning.engagement.after-ended", when.toString(), ended.toString()));
		}
		return warnings;
	}

	/**
	 * The year and dates lie between {@value DateRange#EARLIEST_YEAR} and the end of the
	 * last year, the start date within the year (the end date may lie after it: a
	 * programme that runs into the next year), the end not before the start.
	 */
	private static void checkDates(EngagementValues v, int lastYear, List<Violation> violations) {
		boolean yearInRange = v.year() >= DateRange.EARLIEST_YEAR && v.year() <= lastYear;
		if (!yearInRange) {
			violations.add(Violation.of("year", "rule.range", DateRange.EARLIEST_YEAR, lastYear));
		}
		DateRange range = DateRange.throughYear(lastYear);
		Violation date = range.check("date", v.date());
		if (date != null) {
			violations.add(date);
		}
		else if (yearInRange && v.date() != null && v.date().year() != v.year()) {
			violations.add(Violation.of("date", "rule.engagement.date.other-year", v.date().toString(), v.year()));
		}
		Violation end = range.check("endDate", v.endDate());
		if (end != null) {
			violations.add(end);
		}
		if (v.date() != null && v.endDate() != null && v.endDate().lastDay().isBefore(v.date().firstDay())) {
			violations.add(Violation.of("endDate", "rule.engagement.end-before-start", v.date().toString()));
		}
	}

	private static boolean isParty(String origin, AgreementFacts agreement) {
		return GovernmentId.isValid(origin) && agreement.hasParty(new GovernmentId(origin));
	}

	private static void checkCost(EngagementValues v, List<Violation> violations) {
		BigDecimal cost = v.cost();
		if (cost != null && cost.signum() < 0) {
			violations.add(Violation.of("cost", "rule.not-negative"));
		}
		if (cost != null && (cost.scale() > 2 || cost.precision() - cost.scale() > 14)) {
			violations.add(Violation.of("cost", "rule.engagement.cost.digits"));
		}
		if (cost != null && v.currency() == null) {
			violations.add(Violation.of("currency", "rule.engagement.currency.required"));
		}
		if (v.currency() != null && !isCurrency(v.currency())) {
			violations.add(Violation.of("currency", "rule.engagement.currency.unknown", v.currency()));
		}
	}

	private static boolean isCurrency(String code) {
		try {
			return Currency.getInstance(code).getCurrencyCode().equals(code);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void checkLength(String field, @Nullable String text, int max, List<Violation> violations) {
		if (text != null && text.length() > max) {
			violations.add(Violation.of(field, "rule.too-long", max));
		}
	}

}
