package org.twinningregistry.gazetteer;

/**
 * One government to create or replace by key, as a bulk import writes it.
 *
 * @param id its key
 * @param values its values
 */
public record UpsertGovernment(GovernmentId id, GovernmentValues values) {

}
