package org.twinningregistry.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's fulfilment as of a day.
 *
 * @param plan the published plan
 * @param asOf the day the states are as of (a year has ended when this day lies after it)
 * @param activities every planned activity with its state, in the plan's order
 * @param tally the activities counted by state
 */
public record PlanFulfilment(PlanSummary plan, LocalDate asOf, List<ActivityFulfilment> activities, Tally tally) {

}
