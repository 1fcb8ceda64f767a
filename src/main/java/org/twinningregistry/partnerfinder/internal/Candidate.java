package org.twinningregistry.partnerfinder.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;

/**
 * A possible partner with the figures it is scored on.
 *
 * @param government the registry government's id, or {@code null} for a gazetteer place
 * @param geonameId its GeoNames id, if known
 * @param name its name
 * @param nameFr its French name, if any
 * @param country ISO 3166-1 alpha-2
 * @param subdivision its first-level subdivision, if known
 * @param level regional or local
 * @param population inhabitants, if known
 * @param strategyPurposes its strategy's purposes
 * @param requests its published, unexpired requests for partners
 * @param ties its current ties, counted
 * @param partnersOfPartners how many of the asker's partners are its partners too
 * @param provinceTies how many current agreements join the asker's subdivision and its
 * @param countryProvinceTies how many current agreements join the asker's country and its
 * subdivision
 */
public record Candidate(@Nullable String government, @Nullable Long geonameId, String name, @Nullable String nameFr,
		String country, @Nullable String subdivision, GovernmentLevel level, @Nullable Long population,
		Set<Category> strategyPurposes, List<SeekingRequest> requests, TieFigures ties, int partnersOfPartners,
		int provinceTies, int countryProvinceTies) {

	public Candidate {
		strategyPurposes = Set.copyOf(strategyPurposes);
		requests = List.copyOf(requests);
	}

	/** Whether it is a registry government rather than a gazetteer place. */
	public boolean registered() {
		return this.government != null;
	}

	/** Its purposes: its strategy's and its requests'. */
	public Set<Category> purposes() {
		Set<Category> all = new HashSet<>(this.strategyPurposes);
		this.requests.forEach(request -> all.addAll(request.purposes()));
		return all;
	}

}
