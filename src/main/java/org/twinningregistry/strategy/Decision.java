package org.twinningregistry.strategy;

/** What a government decides about a dormant relationship. */
public enum Decision {

	/** Revive it, with a plan under its agreement. */
	REVIVE,
	/** Keep it as it is, for a reason. */
	KEEP,
	/** End the agreement. */
	END

}
