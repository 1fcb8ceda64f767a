package org.twinningregistry.importexport.pairs;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceNames;
import org.twinningregistry.gazetteer.WorldGazetteer;
import org.twinningregistry.importexport.pairs.CityName.Variant;

/**
 * Finds and scores the places a city name may mean in its country: registry governments
 * first (a match on one scores a little higher), then world-gazetteer places by name,
 * ASCII name or alternate name (other romanisations: "Chinju" is Jinju). A candidate
 * scores the weight of the name variant it matched, less for an alternate name; a
 * qualifier that names a subdivision or a containing city keeps only the candidates there
 * (a qualifier of the city cell rules the others out; a subdivision in the country cell
 * only prefers). The best candidate is chosen when it scores clearly higher than the
 * next, or scores the same and is three times as populous (and a town of five thousand
 * people or more), or is the only notable one among those scoring about as well;
 * otherwise the side is ambiguous. One place known to several sources (a town and its
 * municipality, a city and its province of one Wikidata item) is one candidate.
 */
public final class CandidateScoring {

	static final double ALTERNATE_NAME = 0.9;

	static final double GOVERNMENT_BONUS = 0.05;

	static final double SAME_PLACE_KM = 15;

	/** As {@link #SAME_PLACE_KM}, for two places of one name in one subdivision. */
	static final double SAME_SUBDIVISION_KM = 30;

	/**
	 * How many times as populous as the next a place scoring the same must be to be the
	 * one a list means (a town of at least {@value #PROMINENT_SIZE} people): lists name
	 * the prominent place of a name.
	 */
	static final int PROMINENT = 3;

	static final long PROMINENT_SIZE = 5_000;

	/**
	 * How many people a place must have to be chosen over places of unknown population
	 * (hamlets, most often) that score about as well.
	 */
	static final long UNKNOWN_IS_SMALL = 20_000;

	private static final Comparator<PairCandidate> BEST_FIRST = Comparator.comparingDouble(PairCandidate::score)
		.reversed()
		.thenComparing(Comparator.comparingLong(PairCandidate::size).reversed());

	private final RegistryIndex registry;

	private final WorldGazetteer world;

	private final CountryResolution countries;

	public CandidateScoring(RegistryIndex registry, WorldGazetteer world, CountryResolution countries) {
		this.registry = registry;
		this.world = world;
		this.countries = countries;
	}

	public SideOutcome score(CityName city, CountryMatch country) {
		Map<String, PairCandidate> found = new LinkedHashMap<>();
		for (Variant variant : city.variants()) {
			collect(variant, country.country(), found);
		}
		if (found.isEmpty()) {
			return SideOutcome.failed("import.pairs.reason.place-not-found");
		}
		List<PairCandidate> ranked = within(oneEach(found.values().stream().toList()), where(city, country)).stream()
			.map(c -> c.scored(Math.min(1, c.score() * country.confidence())))
			.sorted(BEST_FIRST)
			.toList();
		if (ranked.isEmpty()) {
			return SideOutcome.failed("import.pairs.reason.place-elsewhere");
		}
		return new SideOutcome(ranked, choose(ranked), null);
	}

	private void collect(Variant variant, String country, Map<String, PairCandidate> found) {
		String key = PlaceNames.key(variant.name());
		for (PairCandidate government : this.registry.named(country, key)) {
			keepBest(found, government.scored(Math.min(1, variant.weight() + GOVERNMENT_BONUS)));
		}
		for (Place place : this.world.named(variant.name(), country)) {
			boolean ownName = PlaceNames.key(place.name()).equals(key) || PlaceNames.key(place.asciiName()).equals(key)
					|| (place.kind().administrative() && PlaceNames.subdivisionKey(place.name()).equals(key));
			double score = variant.weight() * (ownName ? 1 : ALTERNATE_NAME);
			PairCandidate candidate = this.registry.ofPlace(place)
				.map(g -> g.scored(Math.min(1, score + GOVERNMENT_BONUS)))
				.orElseGet(() -> candidate(place, score));
			keepBest(found, candidate);
		}
	}

	/**
	 * One place of several sources or kinds is one candidate: a town and the municipality
	 * or district of its name around it (Frederiksberg and Frederiksberg Kommune), within
	 * {@value #SAME_PLACE_KM} km ({@value #SAME_SUBDIVISION_KM} in one subdivision), are
	 * the same government to a pairs list. The better scoring is kept; at the same score
	 * a registry government, then the more populous.
	 */
	static List<PairCandidate> oneEach(List<PairCandidate> candidates) {
		List<PairCandidate> kept = new java.util.ArrayList<>();
		for (PairCandidate candidate : candidates.stream().sorted(BEST_FIRST).toList()) {
			boolean same = kept.stream()
				.anyMatch(k -> (k.wikidata() != null && k.wikidata().equals(candidate.wikidata()))
						|| (sameBareName(k, candidate) && k.near(candidate,
								sameSubdivision(k, candidate) ? SAME_SUBDIVISION_KM : SAME_PLACE_KM)));
			if (!same) {
				kept.add(candidate);
			}
		}
		return kept;
	}

	private static boolean sameSubdivision(PairCandidate a, PairCandidate b) {
		return a.subdivision() != null && a.subdivision().equals(b.subdivision());
	}

	private static boolean sameBareName(PairCandidate a, PairCandidate b) {
		return PlaceNames.subdivisionKey(a.name()).equals(PlaceNames.subdivisionKey(b.name()));
	}

	/**
	 * A candidate found by several variants scores the best of them: "Washington, D.C."
	 * matches an alternate name of Washington (0.9) and, after the comma, its own name
	 * (0.95), as it does every other Washington.
	 */
	private static void keepBest(Map<String, PairCandidate> found, PairCandidate candidate) {
		found.merge(candidate.key(), candidate, (old, now) -> (now.score() > old.score()) ? now : old);
	}

	/**
	 * Where the cells say the place lies, or {@code null} if they do not.
	 */
	private @Nullable Where where(CityName city, CountryMatch country) {
		if (country.subdivision() != null) {
			// a country cell may err ("Milford Haven, England"): a hint, not a rule
			return new Where(List.of(country.subdivision()), false);
		}
		for (String qualifier : city.qualifiers()) {
			String subdivision = this.countries.subdivisionNamed(country.country(), qualifier);
			if (subdivision != null) {
				return new Where(List.of(subdivision), this.world.filesPlacesUnder(subdivision));
			}
			List<String> containing = this.world.named(qualifier, country.country())
				.stream()
				.map(Place::subdivision)
				.filter(s -> s != null)
				.limit(1)
				.toList();
			if (!containing.isEmpty()) {
				return new Where(containing, true);
			}
		}
		return null;
	}

	/**
	 * Keeps the candidates where the cells say the place lies. If none lies there, a hint
	 * keeps them all; a qualifier of the city cell at the level places are filed at keeps
	 * only those whose subdivision is unknown ("Seoul – Gangdong" is not the Gangdong of
	 * Gangwon).
	 */
	private static List<PairCandidate> within(List<PairCandidate> candidates, @Nullable Where where) {
		if (where == null) {
			return candidates;
		}
		List<PairCandidate> inside = candidates.stream()
			.filter(c -> c.subdivision() != null && where.subdivisions().contains(c.subdivision()))
			.toList();
		if (!inside.isEmpty()) {
			return inside;
		}
		return where.strict() ? candidates.stream().filter(c -> c.subdivision() == null).toList() : candidates;
	}

	/**
	 * The subdivisions a place lies in according to the cells, and whether a candidate
	 * elsewhere is ruled out.
	 */
	private record Where(List<String> subdivisions, boolean strict) {
	}

	private static @Nullable PairCandidate choose(List<PairCandidate> ranked) {
		PairCandidate best = ranked.get(0);
		if (ranked.size() == 1) {
			return best;
		}
		PairCandidate populous = farMorePopulous(ranked);
		if (populous != null) {
			return populous;
		}
		PairCandidate next = ranked.get(1);
		if (best.score() - next.score() >= 0.04) {
			return best;
		}
		if (best.size() >= PROMINENT * Math.max(1, next.size()) && best.size() >= PROMINENT_SIZE) {
			return best;
		}
		return onlyNotable(ranked);
	}

	/**
	 * Of the candidates scoring within 0.04 of the best, the one that is a government,
	 * has a Wikidata item, a thousand people or is an administrative unit, when it is the
	 * only one: "Okuma" is the town of Fukushima, not one of the hamlets of that name.
	 */
	private static @Nullable PairCandidate onlyNotable(List<PairCandidate> ranked) {
		double floor = ranked.get(0).score() - 0.04 + 1e-9;
		List<PairCandidate> notable = ranked.stream()
			.filter(c -> c.score() >= floor)
			.filter(PairCandidate::notable)
			.limit(2)
			.toList();
		return (notable.size() == 1) ? notable.get(0) : null;
	}

	/**
	 * A city known by an alternate name is what a list means rather than a village of
	 * that very name: "Querétaro" is Santiago de Querétaro (1.6 million people), not the
	 * Querétaro of 2,200 in Chiapas. The candidate scoring at most an alternate name's
	 * penalty less than the best is chosen when it is a hundred times as populous as
	 * every other such candidate; one of unknown population (a hamlet, most often) counts
	 * as small beside a city of {@value #UNKNOWN_IS_SMALL} people or more.
	 */
	private static @Nullable PairCandidate farMorePopulous(List<PairCandidate> ranked) {
		double floor = ranked.get(0).score() * ALTERNATE_NAME - 1e-9;
		List<PairCandidate> close = ranked.stream().filter(c -> c.score() >= floor).toList();
		PairCandidate populous = close.stream().max(Comparator.comparingLong(PairCandidate::size)).orElseThrow();
		if (populous == ranked.get(0)) {
			return null;
		}
		boolean far = close.stream()
			.filter(c -> c != populous)
			.allMatch(c -> (c.size() > 0) ? populous.size() >= 100 * c.size() : populous.size() >= UNKNOWN_IS_SMALL);
		return far ? populous : null;
	}

	private static PairCandidate candidate(Place place, double score) {
		return new PairCandidate(place.key(), null, place.geonameId(), place.name(), place.country(),
				place.subdivision(), place.population(), score, place.latitude(), place.longitude(), place.wikidata(),
				place.kind().name());
	}

}
