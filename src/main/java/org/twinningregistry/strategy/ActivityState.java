package org.twinningregistry.strategy;

/** Where a planned activity stands (docs/statistics.md, "Fulfilment"). */
public enum ActivityState {

	/** An engagement met it. */
	MET,
	/** None met it and its year has not ended. */
	PENDING,
	/** None met it and its year has ended. */
	MISSED

}
