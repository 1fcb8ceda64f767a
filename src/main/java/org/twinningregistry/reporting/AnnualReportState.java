package org.twinningregistry.reporting;

/** Where an annual report stands in review. */
public enum AnnualReportState {

	/** Submitted and waiting for a reviewer. */
	SUBMITTED,

	/** Accepted by a reviewer. */
	APPROVED,

	/** Sent back to the government with a reason; it may submit again. */
	RETURNED

}
