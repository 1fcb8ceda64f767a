package org.twinningregistry.partnerfinder;

/** A component of a suggestion's score: each is given with its points and a sentence. */
public enum SuggestionComponent {

	/** Purposes both name: strategies' purposes and partner requests' purposes. */
	SHARED_PURPOSES,

	/**
	 * The two seeking each other: the asker's request seeks the candidate's country and
	 * purposes, the candidate's request seeks the asker's.
	 */
	MUTUAL_SEEKING,

	/** Similar population. */
	SIZE,

	/** The same level of government (regional with regional, local with local). */
	LEVEL,

	/**
	 * The candidate's experience: its current foreign ties, those with the asker's
	 * country, and how many were active in the last five years.
	 */
	EXPERIENCE,

	/**
	 * Closeness in the network: partners of the asker's partners, and ties between the
	 * two provinces (their other cities).
	 */
	NETWORK,

	/**
	 * Penalties: every tie of the candidate dormant, or a place not yet in the registry
	 * (nothing is known of its ties).
	 */
	PENALTY

}
