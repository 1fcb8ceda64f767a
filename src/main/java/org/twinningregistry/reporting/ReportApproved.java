package org.twinningregistry.reporting;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * A reviewer approved an annual report.
 *
 * @param government whose report it is
 * @param year the reporting year
 */
public record ReportApproved(GovernmentId government, int year) {

}
