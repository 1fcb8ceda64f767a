package org.twinningregistry.partnerfinder.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.twinningregistry.partnerfinder.SuggestionComponent;
import org.twinningregistry.shared.Category;

/**
 * Scores a candidate for an asker: the sum of its components (shared purposes, mutual
 * seeking, size, level, experience, network closeness, penalties), each kept with the
 * message that explains it. Pure: the figures come with the candidate.
 */
public final class SuggestionScoring {

	/** At most this many shared purposes count. */
	private static final int MAX_SHARED = 3;

	private final SuggestionWeights weights;

	public SuggestionScoring(SuggestionWeights weights) {
		this.weights = weights;
	}

	/** The candidate scored, with every part that is not zero. */
	public ScoredCandidate score(Asker asker, Candidate candidate) {
		List<ScorePart> parts = new ArrayList<>();
		sharedPurposes(asker, candidate, parts);
		seeking(asker, candidate, parts);
		size(asker, candidate, parts);
		level(asker, candidate, parts);
		experience(candidate, parts);
		network(candidate, parts);
		countryProvinces(asker, candidate, parts);
		penalties(candidate, parts);
		parts.sort(Comparator.comparingDouble((ScorePart part) -> -Math.abs(part.points())));
		double score = parts.stream().mapToDouble(ScorePart::points).sum();
		return new ScoredCandidate(candidate, round(score), parts);
	}

	private void sharedPurposes(Asker asker, Candidate candidate, List<ScorePart> parts) {
		Set<Category> shared = new TreeSet<>(asker.purposes());
		shared.retainAll(candidate.purposes());
		if (!shared.isEmpty()) {
			parts.add(ScorePart.of(SuggestionComponent.SHARED_PURPOSES,
					round(this.weights.sharedPurpose() * Math.min(shared.size(), MAX_SHARED)), "shared-purposes",
					shared.size(), names(shared)));
		}
	}

	private void seeking(Asker asker, Candidate candidate, List<ScorePart> parts) {
		SeekingRequest mine = asker.requests()
			.stream()
			.filter(r -> r.seeksCountry(candidate.country()) && r.fits(candidate.population(), candidate.level()))
			.max(Comparator.comparingInt(r -> overlap(r.purposes(), candidate.purposes()).size()))
			.orElse(null);
		if (mine != null) {
			Set<Category> sought = overlap(mine.purposes(), candidate.purposes());
			if (!sought.isEmpty()) {
				parts.add(ScorePart.of(SuggestionComponent.MUTUAL_SEEKING, round(this.weights.seeking()), "you-seek",
						candidate.country(), names(sought)));
			}
			else if (candidate.purposes().isEmpty() && !mine.countries().isEmpty()) {
				parts.add(ScorePart.of(SuggestionComponent.MUTUAL_SEEKING, round(this.weights.seeking() / 2),
						"you-seek-country", candidate.country()));
			}
		}
		candidate.requests()
			.stream()
			.filter(r -> r.seeksCountry(asker.country()) && r.fits(asker.population(), asker.level()))
			.filter(r -> asker.purposes().isEmpty() || !overlap(r.purposes(), asker.purposes()).isEmpty())
			.findFirst()
			.ifPresent(theirs -> parts.add(ScorePart.of(SuggestionComponent.MUTUAL_SEEKING,
					round(this.weights.seeking()), "it-seeks", asker.country(), names(theirs.purposes()))));
	}

	private void size(Asker asker, Candidate candidate, List<ScorePart> parts) {
		if (asker.population() == null || candidate.population() == null || asker.population() <= 0
				|| candidate.population() <= 0) {
			return;
		}
		double ratio = (double) candidate.population() / asker.population();
		double spread = Math.log(this.weights.sizeSpread());
		double similarity = Math.exp(-Math.pow(Math.log(ratio), 2) / (2 * spread * spread));
		double points = round(this.weights.size() * similarity);
		if (points > 0) {
			parts.add(ScorePart.of(SuggestionComponent.SIZE, points, "size", candidate.population(), asker.population(),
					Math.round(ratio * 100) / 100.0));
		}
	}

	private void level(Asker asker, Candidate candidate, List<ScorePart> parts) {
		if (asker.level() == candidate.level() && this.weights.level() > 0) {
			parts.add(ScorePart.of(SuggestionComponent.LEVEL, round(this.weights.level()),
					"level-" + candidate.level().name().toLowerCase(java.util.Locale.ROOT)));
		}
	}

	private void experience(Candidate candidate, List<ScorePart> parts) {
		TieFigures ties = candidate.ties();
		double points = this.weights.foreignTies() * Math.log1p(ties.foreign())
				+ this.weights.askerCountryTies() * Math.log1p(ties.withAskerCountry())
				+ this.weights.activeTies() * Math.log1p(ties.active());
		if (round(points) > 0) {
			parts.add(ScorePart.of(SuggestionComponent.EXPERIENCE, round(points), "experience", ties.foreign(),
					ties.withAskerCountry(), ties.active()));
		}
	}

	private void network(Candidate candidate, List<ScorePart> parts) {
		if (candidate.partnersOfPartners() > 0) {
			parts.add(ScorePart.of(SuggestionComponent.NETWORK,
					round(this.weights.partnersOfPartners() * Math.log1p(candidate.partnersOfPartners())),
					"partners-of-partners", candidate.partnersOfPartners()));
		}
		if (candidate.provinceTies() > 0) {
			parts.add(ScorePart.of(SuggestionComponent.NETWORK,
					round(this.weights.provinceTies() * Math.log1p(candidate.provinceTies())), "province-ties",
					candidate.provinceTies(), String.valueOf(candidate.subdivision())));
		}
	}

	private void countryProvinces(Asker asker, Candidate candidate, List<ScorePart> parts) {
		if (candidate.countryProvinceTies() > 0 && this.weights.countryProvinceTies() > 0) {
			parts.add(ScorePart.of(SuggestionComponent.NETWORK,
					round(this.weights.countryProvinceTies() * Math.log1p(candidate.countryProvinceTies())),
					"country-province-ties", candidate.countryProvinceTies(), asker.country(),
					String.valueOf(candidate.subdivision())));
		}
	}

	private void penalties(Candidate candidate, List<ScorePart> parts) {
		if (candidate.ties().allDormant() && this.weights.dormant() > 0) {
			parts.add(ScorePart.of(SuggestionComponent.PENALTY, -round(this.weights.dormant()), "dormant",
					candidate.ties().current()));
		}
		if (!candidate.registered() && this.weights.unregistered() > 0) {
			parts.add(ScorePart.of(SuggestionComponent.PENALTY, -round(this.weights.unregistered()), "unregistered"));
		}
	}

	private static Set<Category> overlap(Set<Category> a, Set<Category> b) {
		Set<Category> both = new TreeSet<>(a);
		both.retainAll(b);
		return both;
	}

	/** The purposes in order, an argument the facade names in the reader's language. */
	private static List<Category> names(Set<Category> categories) {
		return categories.stream().sorted().toList();
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
