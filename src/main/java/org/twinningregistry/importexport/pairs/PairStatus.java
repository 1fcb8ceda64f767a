package org.twinningregistry.importexport.pairs;

/** What a row of a pairs list came to. */
public enum PairStatus {

	/** Both sides found, one place each. */
	PLACED,

	/** A side may mean several places: a curator chooses. */
	AMBIGUOUS,

	/** The same pair as an earlier row, in either order, however spelled. */
	DUPLICATE,

	/** A country or a place was not found, or both sides are the same place. */
	UNPLACED

}
