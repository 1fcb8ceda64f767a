package org.twinningregistry.engagement;

/**
 * One engagement to create or replace by key, as a bulk import writes it.
 *
 * @param id its key
 * @param values its values, checked by the rules a single write applies
 */
public record UpsertEngagement(EngagementId id, EngagementValues values) {

}
