package org.twinningregistry.agreement;

/** Where an agreement stands. */
public enum AgreementStatus {

	ACTIVE, SUSPENDED, ENDED

}
