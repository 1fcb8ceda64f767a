package org.twinningregistry.engagement;

import org.twinningregistry.workflow.RevisionSummary;

/**
 * An engagement's open revision with its proposed values.
 *
 * @param revision where it stands, who wrote it, why it was returned
 * @param proposed the proposed values with the parties' facts
 */
public record EngagementRevision(RevisionSummary revision, EngagementSummary proposed) {

}
