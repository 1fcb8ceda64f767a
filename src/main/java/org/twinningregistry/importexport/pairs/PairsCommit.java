package org.twinningregistry.importexport.pairs;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementType;

/**
 * How a curator commits a reconciled pairs list.
 *
 * @param type the type of every agreement of the batch
 * @param signedYear the year of signature for rows without a {@code signed} cell; rows
 * with neither are not committed (an agreement needs its signing date)
 * @param choices the curator's settlement of ambiguous sides: {@code <line>a} or
 * {@code <line>b} to a candidate's key
 */
public record PairsCommit(AgreementType type, @Nullable Integer signedYear, Map<String, String> choices) {

	public PairsCommit {
		choices = Map.copyOf(choices);
	}

	/** The key of the choice of a row's side {@code a} or {@code b}. */
	public static String choiceKey(int line, char side) {
		return line + String.valueOf(side);
	}

}
