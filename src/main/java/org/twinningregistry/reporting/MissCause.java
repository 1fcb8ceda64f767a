package org.twinningregistry.reporting;

/** Why a planned activity was missed: the short list an annual report chooses from. */
public enum MissCause {

	/** The budget did not allow it. */
	BUDGET,
	/** The partner could not, or did not answer. */
	PARTNER,
	/** A pandemic or another emergency. */
	EMERGENCY,
	/** The government's priorities changed. */
	PRIORITIES,
	/** Something else, which the text says. */
	OTHER

}
