package org.twinningregistry.agreement;

/**
 * One agreement to create or replace by key, as a bulk import writes it.
 *
 * @param id its key
 * @param values its values
 */
public record UpsertAgreement(AgreementId id, AgreementValues values) {

}
