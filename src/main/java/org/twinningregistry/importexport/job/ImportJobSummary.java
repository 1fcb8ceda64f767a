package org.twinningregistry.importexport.job;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.twinningregistry.importexport.report.ImportReport;

/**
 * What an import job has done so far.
 *
 * @param id the job
 * @param status where it stands
 * @param dryRun whether it only checks
 * @param rowsDone rows checked or written so far
 * @param rowsTotal rows of the package, {@code null} until every table is read
 * @param rowsPerSecond the pace so far
 * @param secondsLeft estimated time left at that pace, {@code null} while unknown
 * @param submitted when it was submitted
 * @param started when a worker took it, {@code null} while queued
 * @param finished when it ended, {@code null} while queued or running
 * @param report the import's report once it succeeded or was rejected, else {@code null}
 * @param problemCode why it failed (a message code), {@code null} unless it failed
 * @param problem the same in words, in the submitter's language
 */
public record ImportJobSummary(ImportJobId id, ImportJobStatus status, boolean dryRun, long rowsDone,
		@Nullable Long rowsTotal, double rowsPerSecond, @Nullable Long secondsLeft, Instant submitted,
		@Nullable Instant started, @Nullable Instant finished, @Nullable ImportReport report,
		@Nullable String problemCode, @Nullable String problem) {

	/** Whether the job has ended. */
	public boolean done() {
		return this.status.finished();
	}

}
