package org.twinningregistry.importexport.pairs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one side of a pair (a city and its country) came to.
 *
 * @param candidates the places it may mean, best first
 * @param chosen the one it means, when one stands out
 * @param reason why there is none, a message code, when there are no candidates
 */
public record SideOutcome(List<PairCandidate> candidates, @Nullable PairCandidate chosen, @Nullable String reason) {

	public SideOutcome {
		candidates = List.copyOf(candidates);
	}

	static SideOutcome failed(String reason) {
		return new SideOutcome(List.of(), null, reason);
	}

}
