package org.twinningregistry.strategy;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * A government's figures for a year: whether it has a strategy and a plan, its planned
 * activities counted by state, and its alignment.
 *
 * @param government its id
 * @param name its name
 * @param nameFr its French name, if any
 * @param subdivision its subdivision
 * @param hasStrategy whether it has a published strategy of its own
 * @param hasCurrentPlan whether a published plan of one of its agreements covers the year
 * @param tally the activities it is to initiate, alone or jointly, planned for the year
 * @param activities those activities with their states
 * @param alignment its engagements against the purposes that apply to it
 */
public record GovernmentFulfilment(GovernmentId government, String name, @Nullable String nameFr, String subdivision,
		boolean hasStrategy, boolean hasCurrentPlan, Tally tally, List<ActivityFulfilment> activities,
		Alignment alignment) {

}
