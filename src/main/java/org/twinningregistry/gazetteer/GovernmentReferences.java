package org.twinningregistry.gazetteer;

/**
 * Implemented by modules whose records name governments, so that the gazetteer refuses to
 * delete a government still in use without depending on those modules.
 */
public interface GovernmentReferences {

	/** How many of this module's records name the government. */
	long countReferencesTo(GovernmentId government);

	/** Message key naming those records in the conflict message (e.g. "agreements"). */
	String kindKey();

}
