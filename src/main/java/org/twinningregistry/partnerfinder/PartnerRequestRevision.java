package org.twinningregistry.partnerfinder;

import org.twinningregistry.workflow.RevisionSummary;

/**
 * A partner request's open revision with its proposed values.
 *
 * @param revision where it stands, who wrote it, why it was returned
 * @param proposed the proposed request
 */
public record PartnerRequestRevision(RevisionSummary revision, PartnerRequestSummary proposed) {

}
