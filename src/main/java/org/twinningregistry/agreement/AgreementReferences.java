package org.twinningregistry.agreement;

/**
 * Implemented by modules whose records hang under an agreement, so that the registry
 * refuses to delete an agreement still in use without depending on those modules.
 */
public interface AgreementReferences {

	/** How many of this module's records hang under the agreement. */
	long countReferencesTo(AgreementId agreement);

	/** Message key naming those records in the conflict message. */
	String kindKey();

}
