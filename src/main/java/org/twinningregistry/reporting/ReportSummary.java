package org.twinningregistry.reporting;

/**
 * A report in a list, with its government's name and place.
 *
 * @param report the report
 * @param name the government's name
 * @param country the government's country
 * @param subdivision the government's first-level subdivision
 */
public record ReportSummary(ReportDetails report, String name, String country, String subdivision) {

}
