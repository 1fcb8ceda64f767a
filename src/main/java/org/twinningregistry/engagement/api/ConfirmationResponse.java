package org.twinningregistry.engagement.api;

import java.time.Instant;
import java.util.List;

import org.twinningregistry.workflow.Confirmations;

/**
 * Who confirmed the published record, for which party government, and whether both sides
 * did.
 */
record ConfirmationResponse(List<Given> confirmedBy, boolean confirmedByBothSides) {

	static ConfirmationResponse of(Confirmations confirmations) {
		return new ConfirmationResponse(confirmations.confirmedBy()
			.stream()
			.map(c -> new Given(c.government().value(), c.by(), c.at()))
			.toList(), confirmations.bothSides());
	}

	/** One party's confirmation. */
	record Given(String government, String by, Instant at) {

	}

}
