package org.twinningregistry.document;

/** What a document is. */
public enum DocumentKind {

	/** The agreement as signed. */
	SIGNED_TEXT,

	/** The council's (or legislature's) decision that approved it. */
	COUNCIL_RESOLUTION,

	/** A letter of intent that preceded it. */
	LETTER_OF_INTENT,

	/** A report on the relationship or an engagement. */
	REPORT,

	/** A photograph. */
	PHOTO,

	/** Anything else. */
	OTHER

}
