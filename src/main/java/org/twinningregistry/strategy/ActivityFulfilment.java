package org.twinningregistry.strategy;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;

/**
 * A planned activity with where it stands.
 *
 * @param plan the plan it belongs to
 * @param agreement the plan's agreement
 * @param activity the activity
 * @param state met, pending or missed
 * @param metBy the engagement that met it, when met
 */
public record ActivityFulfilment(PlanId plan, AgreementId agreement, PlannedActivity activity, ActivityState state,
		@Nullable MetBy metBy) {

	/**
	 * The engagement that met a planned activity.
	 *
	 * @param id its id
	 * @param title its title
	 * @param origin the side that initiated it, or {@code BOTH}
	 */
	public record MetBy(String id, String title, String origin) {

	}

}
