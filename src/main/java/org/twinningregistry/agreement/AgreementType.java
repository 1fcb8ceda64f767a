package org.twinningregistry.agreement;

/** The kind of a twinning agreement. */
public enum AgreementType {

	/** Formal, council-approved sister-city (or sister-province) agreement. */
	SISTER,
	/** Friendship-city agreement, often the step before a sister agreement. */
	FRIENDSHIP,
	/** Any other formal cooperation agreement or memorandum of understanding. */
	COOPERATION

}
