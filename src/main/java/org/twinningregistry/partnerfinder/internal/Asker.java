package org.twinningregistry.partnerfinder.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;

/**
 * The government asking for partners, as the scoring needs it.
 *
 * @param id its id
 * @param country ISO 3166-1 alpha-2
 * @param subdivision its first-level subdivision
 * @param level its level
 * @param population inhabitants, if known
 * @param strategyPurposes the purposes of the strategy that governs it (its own, else its
 * province's or country's)
 * @param requests its published, unexpired requests for partners
 */
public record Asker(String id, String country, String subdivision, GovernmentLevel level, @Nullable Long population,
		Set<Category> strategyPurposes, List<SeekingRequest> requests) {

	public Asker {
		strategyPurposes = Set.copyOf(strategyPurposes);
		requests = List.copyOf(requests);
	}

	/** Its purposes: its strategy's and its requests'. */
	public Set<Category> purposes() {
		Set<Category> all = new HashSet<>(this.strategyPurposes);
		this.requests.forEach(request -> all.addAll(request.purposes()));
		return all;
	}

}
