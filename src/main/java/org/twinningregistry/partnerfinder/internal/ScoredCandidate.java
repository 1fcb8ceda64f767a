package org.twinningregistry.partnerfinder.internal;

import java.util.List;

/**
 * A candidate with its score and the parts the score is made of.
 *
 * @param candidate the candidate
 * @param score the sum of the parts' points
 * @param parts every component that adds to or takes from the score
 */
public record ScoredCandidate(Candidate candidate, double score, List<ScorePart> parts) {

	public ScoredCandidate {
		parts = List.copyOf(parts);
	}

}
