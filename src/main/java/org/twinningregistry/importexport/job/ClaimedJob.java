package org.twinningregistry.importexport.job;

import java.util.Locale;

/**
 * A job an instance has taken to run: what it needs to run it as its owner.
 *
 * @param id the job
 * @param owner the curator who submitted it, whose authority it runs with
 * @param kind what it imports
 * @param dryRun whether it only checks
 * @param locale the language of its report
 */
public record ClaimedJob(ImportJobId id, String owner, ImportJobKind kind, boolean dryRun, Locale locale) {

}
