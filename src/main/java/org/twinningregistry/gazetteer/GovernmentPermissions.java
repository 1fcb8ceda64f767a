package org.twinningregistry.gazetteer;

/**
 * What the gazetteer asks before it writes: implemented by the accounts module, which
 * knows the caller's roles, so that the gazetteer decides every write by one rule without
 * depending on that module. Any curator may add a government (partner governments abroad
 * included); changing or deleting one needs a curator of its country.
 */
public interface GovernmentPermissions {

	/** Whether the caller may add governments (any curator). */
	boolean mayAddGovernments();

	/**
	 * Whether the caller may change or delete the governments of a country (a curator of
	 * that country or of every country).
	 */
	boolean mayManageGovernments(String country);

	/**
	 * Throws unless {@code allowed}: 401 when nobody signed in, 403 otherwise.
	 * @param what what was refused, for the message and the log
	 */
	void require(boolean allowed, String what);

}
