package org.twinningregistry.document;

/** Who may see a document. */
public enum DocumentVisibility {

	/** Anyone, like the record it is attached to. */
	PUBLIC,

	/**
	 * Only accounts whose roles cover the record: reporters of a party, reviewers of a
	 * party's subdivision, curators of a party's country.
	 */
	INTERNAL

}
