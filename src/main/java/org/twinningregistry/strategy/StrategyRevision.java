package org.twinningregistry.strategy;

import org.twinningregistry.workflow.RevisionSummary;

/**
 * A strategy's open revision with its proposed values.
 *
 * @param revision where it stands, who wrote it, why it was returned
 * @param proposed the proposed strategy
 */
public record StrategyRevision(RevisionSummary revision, StrategySummary proposed) {

}
