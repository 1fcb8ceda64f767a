package org.twinningregistry.agreement;

/**
 * Published after a new agreement was stored.
 *
 * @param agreement its key
 */
public record AgreementRegistered(AgreementId agreement) {

}
