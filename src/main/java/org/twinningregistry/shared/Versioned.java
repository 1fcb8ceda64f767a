package org.twinningregistry.shared;

/**
 * A representation of one versioned record, as the API answers it: a read ({@code GET})
 * of it sends its {@code version} as the entity tag ({@code ETag: "3"}), which a write
 * may name in {@code If-Match}. An API response record opts in by implementing this (its
 * {@code long version} component is the method); the API shell does the rest
 * (docs/architecture.md, "Versions and deletes").
 */
public interface Versioned {

	/** The record's optimistic-lock version. */
	long version();

}
