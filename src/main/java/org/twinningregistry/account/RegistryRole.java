package org.twinningregistry.account;

/**
 * What an account may do; the scope of a {@link Grant} says where.
 */
public enum RegistryRole {

	/**
	 * Drafts and submits the agreements and engagements of one government (scope: the
	 * government's id).
	 */
	REPORTER,

	/**
	 * Reviews what the governments of a first-level subdivision submit, and may report
	 * for them (scope: an ISO 3166-2 code such as {@code CA-BC}).
	 */
	REVIEWER,

	/**
	 * Publishes directly, manages the gazetteer and reviews reviewers (scope: an ISO
	 * 3166-1 alpha-2 country code, or empty for every country).
	 */
	CURATOR,

	/** Manages accounts (scope: always empty). */
	ADMIN;

	/** The Spring Security authority of the role, as {@code hasRole} checks it. */
	public String authority() {
		return "ROLE_" + name();
	}

}
