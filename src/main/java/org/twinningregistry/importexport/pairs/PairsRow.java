package org.twinningregistry.importexport.pairs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of a pairs list and what it came to.
 *
 * @param line the line in the file (the header is line 1)
 * @param city1 the first city as written
 * @param country1 its country as written
 * @param city2 the second city as written
 * @param country2 its country as written
 * @param signed the row's own signing date, if the list has a {@code signed} column
 * @param status placed, ambiguous, duplicate or unplaced
 * @param partyA the place chosen for the first city, when placed
 * @param partyB the place chosen for the second city, when placed
 * @param confidence 0–1, how sure the placement is (the weaker side's score)
 * @param candidatesA the places the first city may mean, best first
 * @param candidatesB the places the second city may mean, best first
 * @param duplicateOf the line of the row this one repeats
 * @param reason why it is unplaced, a message code
 * @param message the reason in words
 */
public record PairsRow(int line, String city1, String country1, String city2, String country2, @Nullable String signed,
		PairStatus status, @Nullable PairCandidate partyA, @Nullable PairCandidate partyB, double confidence,
		List<PairCandidate> candidatesA, List<PairCandidate> candidatesB, @Nullable Integer duplicateOf,
		@Nullable String reason, @Nullable String message) {

	public PairsRow {
		candidatesA = List.copyOf(candidatesA);
		candidatesB = List.copyOf(candidatesB);
	}

	/** The same row with its reason in words. */
	public PairsRow withMessage(String text) {
		return new PairsRow(this.line, this.city1, this.country1, this.city2, this.country2, this.signed, this.status,
				this.partyA, this.partyB, this.confidence, this.candidatesA, this.candidatesB, this.duplicateOf,
				this.reason, text);
	}

}
