package org.twinningregistry.workflow.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.workflow.Confirmations;

/**
 * Who confirmed the published record, for which party government, and whether both sides
 * did.
 */
record ConfirmationResponse(List<Given> confirmedBy, boolean confirmedByBothSides) {

	static ConfirmationResponse of(Confirmations confirmations) {
		return new ConfirmationResponse(confirmations.confirmedBy()
			.stream()
			.map(c -> new Given(c.government().value(), c.by(), c.office(), c.account(), c.at()))
			.toList(), confirmations.bothSides());
	}

	/**
	 * One party's confirmation: {@code by} is the office it was given in ("Reporter of
	 * Burnaby"), {@code office} that office's code, {@code account} the user name (only
	 * for those who may review the record, else {@code null}).
	 */
	record Given(String government, String by, String office, @Nullable String account, Instant at) {

	}

}
