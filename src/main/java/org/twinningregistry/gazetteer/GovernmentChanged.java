package org.twinningregistry.gazetteer;

/**
 * Published after a government's names, country or subdivision changed, so that modules
 * keeping copies of those facts for search refresh them. Not for a new government:
 * nothing can hold a copy of it yet (and a bulk import creating thousands would write an
 * event publication each). Listeners must be idempotent.
 *
 * @param government the government's current summary
 */
public record GovernmentChanged(GovernmentSummary government) {

}
