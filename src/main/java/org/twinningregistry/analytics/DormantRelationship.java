package org.twinningregistry.analytics;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.strategy.DecisionSummary;

/**
 * A current agreement of a dormant relationship (no substantive engagement in the
 * window), seen from one of its governments, with what that government decided about it.
 *
 * @param government the government
 * @param governmentName its name
 * @param agreement the agreement
 * @param partner the other party
 * @param partnerName its name
 * @param partnerCountry its country
 * @param decision the government's latest decision on the agreement within the window,
 * {@code null} when it is still to decide
 */
public record DormantRelationship(String government, String governmentName, String agreement, String partner,
		String partnerName, String partnerCountry, @Nullable DecisionSummary decision) {

	/** Whether it is still to decide: no decision within the window. */
	public boolean toDecide() {
		return this.decision == null;
	}

}
