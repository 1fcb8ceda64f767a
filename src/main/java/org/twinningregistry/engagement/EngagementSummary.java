package org.twinningregistry.engagement;

/**
 * An engagement as lists and other modules see it.
 *
 * @param id its key
 * @param values what was entered
 * @param version the optimistic-lock version
 */
public record EngagementSummary(EngagementId id, EngagementValues values, long version) {

}
