package org.twinningregistry.agreement;

import org.twinningregistry.workflow.RevisionSummary;

/**
 * An agreement's open revision with its proposed values.
 *
 * @param revision where it stands, who wrote it, why it was returned
 * @param proposed the proposed values with the parties' facts
 */
public record AgreementRevision(RevisionSummary revision, AgreementSummary proposed) {

}
