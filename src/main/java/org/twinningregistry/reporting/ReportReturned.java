package org.twinningregistry.reporting;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * A reviewer returned an annual report to its government for revision.
 *
 * @param government whose report it is
 * @param year the reporting year
 */
public record ReportReturned(GovernmentId government, int year) {

}
