package org.twinningregistry.agreement.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.DateRange;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.Violation;

/**
 * The invariants of an agreement. A date known only roughly is "before" another only when
 * its whole period lies before the other's: "2015" is not before "2015-06-01".
 */
public final class AgreementRules {

	private static final int MAX_TEXT = 4000;

	private AgreementRules() {
	}

	/**
	 * @param self the agreement checked
	 * @param governmentExists whether a government exists
	 * @param agreements finds another agreement's values by id
	 * @param today the registry's today: signing, renewal and end dates lie at most a
	 * year after it, a term's end at most a century
	 */
	public static List<Violation> check(AgreementId self, AgreementValues v,
			Function<GovernmentId, Boolean> governmentExists,
			Function<AgreementId, Optional<AgreementValues>> agreements, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		checkParties(v, governmentExists, violations);
		checkRanges(v, today, violations);
		checkLifecycle(v, violations);
		checkSupersedes(self, v, agreements, violations);
		checkLength("councilResolution", v.councilResolution(), 500, violations);
		checkLength("source", v.source(), MAX_TEXT, violations);
		checkLength("notes", v.notes(), MAX_TEXT, violations);
		return violations;
	}

	private static void checkParties(AgreementValues v, Function<GovernmentId, Boolean> exists,
			List<Violation> violations) {
		if (!exists.apply(v.partyA())) {
			violations.add(Violation.of("partyA", "rule.agreement.party.unknown", v.partyA().value()));
		}
		if (v.partyA().equals(v.partyB())) {
			violations.add(Violation.of("partyB", "rule.agreement.party.same"));
		}
		else if (!exists.apply(v.partyB())) {
			violations.add(Violation.of("partyB", "rule.agreement.party.unknown", v.partyB().value()));
		}
	}

	private static void checkRanges(AgreementValues v, LocalDate today, List<Violation> violations) {
		DateRange past = DateRange.upTo(today, Period.ofYears(1));
		Stream
			.of(past.check("signed", v.signed()), past.check("ended", v.ended()), past.check("renewed", v.renewed()),
					DateRange.upTo(today, Period.ofYears(100)).check("termEnds", v.termEnds()))
			.filter(Objects::nonNull)
			.forEach(violations::add);
	}

	private static void checkLifecycle(AgreementValues v, List<Violation> violations) {
		if (v.status() == AgreementStatus.ENDED && v.ended() == null) {
			violations.add(Violation.of("ended", "rule.agreement.ended.required"));
		}
		if (v.status() != AgreementStatus.ENDED && v.ended() != null) {
			violations.add(Violation.of("status", "rule.agreement.ended.status", v.ended().toString()));
		}
		checkNotBeforeSigned("ended", v.ended(), v.signed(), violations);
		checkNotBeforeSigned("termEnds", v.termEnds(), v.signed(), violations);
		checkNotBeforeSigned("renewed", v.renewed(), v.signed(), violations);
		if (v.renewed() != null && v.ended() != null && isBefore(v.ended(), v.renewed())) {
			violations.add(Violation.of("renewed", "rule.agreement.renewed.after-end", v.ended().toString()));
		}
	}

	private static void checkNotBeforeSigned(String field, @Nullable PartialDate date, PartialDate signed,
			List<Violation> violations) {
		if (date != null && isBefore(date, signed)) {
			violations.add(Violation.of(field, "rule.agreement.before-signed", date.toString(), signed.toString()));
		}
	}

	private static void checkSupersedes(AgreementId self, AgreementValues v,
			Function<AgreementId, Optional<AgreementValues>> agreements, List<Violation> violations) {
		AgreementId earlierId = v.supersedes();
		if (earlierId == null) {
			return;
		}
		if (earlierId.equals(self)) {
			violations.add(Violation.of("supersedes", "rule.agreement.supersedes.self"));
			return;
		}
		Optional<AgreementValues> earlier = agreements.apply(earlierId);
		if (earlier.isEmpty()) {
			violations.add(Violation.of("supersedes", "rule.agreement.supersedes.unknown", earlierId.value()));
			return;
		}
		AgreementValues e = earlier.get();
		if (!Set.of(e.partyA(), e.partyB()).equals(Set.of(v.partyA(), v.partyB()))) {
			violations.add(Violation.of("supersedes", "rule.agreement.supersedes.other-parties", earlierId.value()));
		}
		else if (isBefore(v.signed(), e.signed())) {
			violations.add(Violation.of("supersedes", "rule.agreement.supersedes.later", earlierId.value(),
					e.signed().toString()));
		}
		else if (self.equals(e.supersedes())) {
			violations.add(Violation.of("supersedes", "rule.agreement.supersedes.cycle", earlierId.value()));
		}
	}

	/** Whether the whole period of {@code a} lies before the period of {@code b}. */
	static boolean isBefore(PartialDate a, PartialDate b) {
		return a.lastDay().isBefore(b.firstDay());
	}

	private static void checkLength(String field, @Nullable String text, int max, List<Violation> violations) {
		if (text != null && text.length() > max) {
			violations.add(Violation.of(field, "rule.too-long", max));
		}
	}

}
