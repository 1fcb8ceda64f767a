package org.twinningregistry.reporting;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * A government submitted its annual report (first time or again after a return).
 *
 * @param government whose report it is
 * @param year the reporting year
 */
public record ReportSubmitted(GovernmentId government, int year) {

}
