package org.twinningregistry.gazetteer;

/**
 * Published after a government was created or its names, country or subdivision changed,
 * so that modules keeping copies of those facts for search refresh them. Listeners must
 * be idempotent.
 *
 * @param government the government's current summary
 */
public record GovernmentChanged(GovernmentSummary government) {

}
