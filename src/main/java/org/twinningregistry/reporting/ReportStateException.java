package org.twinningregistry.reporting;

import org.twinningregistry.shared.ConflictException;

/**
 * The report is not in a state that allows the change (409): submitting again a report
 * that was not returned, approving or returning one that is not waiting for review.
 */
public class ReportStateException extends ConflictException {

	public ReportStateException(String government, int year, AnnualReportState state) {
		super("error.report.state", government, year, state.name());
	}

}
