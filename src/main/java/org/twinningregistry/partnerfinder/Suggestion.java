package org.twinningregistry.partnerfinder;

import java.util.List;

/**
 * A suggested partner with its score and every component of the score.
 *
 * @param score the sum of the reasons' points, to two decimals
 * @param candidate who is suggested
 * @param reasons each component that adds to or takes from the score, the largest first
 */
public record Suggestion(double score, SuggestedCandidate candidate, List<SuggestionReason> reasons) {

	public Suggestion {
		reasons = List.copyOf(reasons);
	}

}
