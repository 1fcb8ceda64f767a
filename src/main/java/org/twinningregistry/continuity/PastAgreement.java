package org.twinningregistry.continuity;

import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.shared.PartialDate;

/**
 * An agreement of a government that is no longer current, as its brief lists it.
 *
 * @param agreement the agreement
 * @param partner the other government
 * @param how {@code ENDED}, {@code EXPIRED} or {@code SUPERSEDED}
 * @param since when: the end, the term's end, or the signing of the agreement that
 * replaced it
 */
public record PastAgreement(AgreementSummary agreement, AgreementParty partner, String how, PartialDate since) {

}
