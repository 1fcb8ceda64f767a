package org.twinningregistry.importexport.pairs;

import java.io.Serializable;
import java.util.List;

/**
 * What committing a pairs list wrote.
 *
 * @param governmentsCreated governments made from world-gazetteer places
 * @param agreementsCreated agreements registered
 * @param alreadyRegistered pairs that already had an agreement of the type (skipped)
 * @param notCommitted lines left out: unplaced, duplicate, unsettled, undated, or a place
 * without an ISO subdivision
 */
public record PairsCommitted(int governmentsCreated, int agreementsCreated, int alreadyRegistered,
		List<Integer> notCommitted) implements Serializable {

	public PairsCommitted {
		notCommitted = List.copyOf(notCommitted);
	}

}
