package org.twinningregistry.importexport.api;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.twinningregistry.importexport.ImportJobStatus;
import org.twinningregistry.importexport.ImportJobSummary;
import org.twinningregistry.importexport.ImportReport;

/**
 * An import job as the API shows it: where it stands, its pace and, once it ended, the
 * report a synchronous import answers (or why it failed).
 */
record ImportJobResponse(String id, URI url, ImportJobStatus status, boolean dryRun, long rowsDone,
		@Nullable Long rowsTotal, double rowsPerSecond, @Nullable Long secondsLeft, Instant submitted,
		@Nullable Instant started, @Nullable Instant finished, @Nullable ImportReport report,
		@Nullable String problemCode, @Nullable String problem) {

	static final String PATH = "/api/v1/imports/jobs/{id}";

	static ImportJobResponse of(ImportJobSummary job) {
		URI url = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH).buildAndExpand(job.id()).toUri();
		return new ImportJobResponse(job.id().value(), url, job.status(), job.dryRun(), job.rowsDone(), job.rowsTotal(),
				Math.round(job.rowsPerSecond() * 10) / 10.0, job.secondsLeft(), job.submitted(), job.started(),
				job.finished(), job.report(), job.problemCode(), job.problem());
	}

}
