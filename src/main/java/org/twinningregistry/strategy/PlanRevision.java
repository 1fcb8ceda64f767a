package org.twinningregistry.strategy;

import org.twinningregistry.workflow.RevisionSummary;

/**
 * A plan's open revision with its proposed values.
 *
 * @param revision where it stands, who wrote it, why it was returned
 * @param proposed the proposed plan
 */
public record PlanRevision(RevisionSummary revision, PlanSummary proposed) {

}
