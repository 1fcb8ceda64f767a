package org.twinningregistry.engagement;

/** The highest office that took part in an engagement. */
public enum OfficialLevel {

	/** Mayor, governor, premier. */
	HEAD,
	/** Elected members. */
	COUNCIL,
	/** Public servants. */
	STAFF,
	/** Citizens. */
	CITIZENS

}
