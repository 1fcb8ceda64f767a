package org.twinningregistry.shared;

/** What an import's upsert did to one record. */
public enum UpsertOutcome {

	CREATED, UPDATED, UNCHANGED

}
