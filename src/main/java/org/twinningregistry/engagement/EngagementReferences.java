package org.twinningregistry.engagement;

/**
 * Implemented by modules whose records hang under an engagement (the document module's
 * files), so that the log refuses to delete an engagement still in use without depending
 * on those modules.
 */
public interface EngagementReferences {

	/** How many of this module's records hang under the engagement. */
	long countReferencesTo(EngagementId engagement);

	/** Message key naming those records in the conflict message. */
	String kindKey();

}
