package org.twinningregistry.importexport.pairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.PlaceNames;
import org.twinningregistry.shared.PlainText;

/**
 * Reconciles the rows of a pairs list: resolves both countries, cleans and scores both
 * city names, and gives each row its status. A row is a duplicate of an earlier one when
 * both name the same two places, in either order and however spelled (or, when a side is
 * not placed, the same two names in the same two countries).
 */
public final class PairReconciler {

	private final CountryResolution countries;

	private final CandidateScoring scoring;

	public PairReconciler(CountryResolution countries, CandidateScoring scoring) {
		this.countries = countries;
		this.scoring = scoring;
	}

	public List<PairsRow> reconcile(List<PairsCsv.Row> rows) {
		Map<String, Integer> seen = new HashMap<>();
		List<PairsRow> result = new ArrayList<>();
		for (PairsCsv.Row row : rows) {
			SideOutcome a = side(row.city1(), row.country1());
			SideOutcome b = side(row.city2(), row.country2());
			PairsRow outcome = outcome(row, a, b);
			String key = pairKey(row, a, b);
			Integer first = seen.putIfAbsent(key, row.line());
			if (first != null && outcome.status() != PairStatus.UNPLACED) {
				outcome = with(row, PairStatus.DUPLICATE, a, b, 0, first, null);
			}
			result.add(outcome);
		}
		return result;
	}

	private SideOutcome side(String city, String country) {
		if (city.isBlank()) {
			return SideOutcome.failed("import.pairs.reason.city-blank");
		}
		if (PlainText.problem("city", city, false) != null || PlainText.problem("country", country, false) != null) {
			return SideOutcome.failed("import.pairs.reason.text");
		}
		Optional<CountryMatch> match = this.countries.resolve(country);
		if (match.isEmpty()) {
			return SideOutcome.failed(
					country.isBlank() ? "import.pairs.reason.country-blank" : "import.pairs.reason.country-unknown");
		}
		return this.scoring.score(NameCleaning.clean(city), match.get());
	}

	private static PairsRow outcome(PairsCsv.Row row, SideOutcome a, SideOutcome b) {
		if (a.reason() != null || b.reason() != null) {
			String reason = (a.reason() != null) ? a.reason() : b.reason();
			return with(row, PairStatus.UNPLACED, a, b, 0, null, reason + ((a.reason() != null) ? ".1" : ".2"));
		}
		if (a.chosen() != null && b.chosen() != null) {
			if (a.chosen().key().equals(b.chosen().key())) {
				return with(row, PairStatus.UNPLACED, a, b, 0, null, "import.pairs.reason.same-place");
			}
			double confidence = Math.min(a.chosen().score(), b.chosen().score());
			return with(row, PairStatus.PLACED, a, b, confidence, null, null);
		}
		return with(row, PairStatus.AMBIGUOUS, a, b, 0, null, null);
	}

	private static String pairKey(PairsCsv.Row row, SideOutcome a, SideOutcome b) {
		String one = (a.chosen() != null) ? a.chosen().key() : PlaceNames.key(row.country1() + " " + row.city1());
		String two = (b.chosen() != null) ? b.chosen().key() : PlaceNames.key(row.country2() + " " + row.city2());
		return (one.compareTo(two) <= 0) ? one + "|" + two : two + "|" + one;
	}

	private static PairsRow with(PairsCsv.Row row, PairStatus status, SideOutcome a, SideOutcome b, double confidence,
			@Nullable Integer duplicateOf, @Nullable String reason) {
		PairCandidate partyA = (status == PairStatus.PLACED || status == PairStatus.DUPLICATE) ? a.chosen() : null;
		PairCandidate partyB = (status == PairStatus.PLACED || status == PairStatus.DUPLICATE) ? b.chosen() : null;
		return new PairsRow(row.line(), row.city1(), row.country1(), row.city2(), row.country2(), row.signed(), status,
				partyA, partyB, Math.round(confidence * 100) / 100.0, top(a), top(b), duplicateOf, reason, null);
	}

	private static List<PairCandidate> top(SideOutcome side) {
		return side.candidates().stream().limit(5).toList();
	}

}
