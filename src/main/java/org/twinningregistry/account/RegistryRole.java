package org.twinningregistry.account;

/** What an account may do; the scope of a grant says where. */
public enum RegistryRole {

	/** Publishes directly and manages the gazetteer. */
	CURATOR

}
