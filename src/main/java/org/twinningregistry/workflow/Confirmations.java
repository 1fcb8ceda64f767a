package org.twinningregistry.workflow;

import java.util.List;

/**
 * A published record's confirmations by its party governments.
 *
 * @param confirmedBy the confirmations, in the order given
 * @param bothSides whether every party confirmed
 */
public record Confirmations(List<Confirmation> confirmedBy, boolean bothSides) {

	public Confirmations {
		confirmedBy = List.copyOf(confirmedBy);
	}

}
