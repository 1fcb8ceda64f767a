package org.twinningregistry.importexport.api;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;
import org.twinningregistry.importexport.job.ImportJobStatus;
import org.twinningregistry.importexport.job.ImportJobSummary;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.shared.PublicUrlSettings;

/**
 * An import job as the API shows it: where it stands, its pace and, once it ended, the
 * report a synchronous import answers (or why it failed).
 */
record ImportJobResponse(String id, URI url, ImportJobStatus status, boolean dryRun, long rowsDone,
		@Nullable Long rowsTotal, double rowsPerSecond, @Nullable Long secondsLeft, Instant submitted,
		@Nullable Instant started, @Nullable Instant finished, @Nullable ImportReport report,
		@Nullable String problemCode, @Nullable String problem) {

	static final String PATH = "/api/v1/imports/jobs/{id}";

	/**
	 * The job as the API shows it, its {@code url} under the public base URL when one is
	 * configured, else relative: never built from the request, whose {@code Host} the
	 * client chooses.
	 */
	static ImportJobResponse of(ImportJobSummary job, PublicUrlSettings urls) {
		URI url = urls
			.address(UriComponentsBuilder.fromPath(PATH).buildAndExpand(job.id().value()).encode().toUriString());
		return new ImportJobResponse(job.id().value(), url, job.status(), job.dryRun(), job.rowsDone(), job.rowsTotal(),
				Math.round(job.rowsPerSecond() * 10) / 10.0, job.secondsLeft(), job.submitted(), job.started(),
				job.finished(), job.report(), job.problemCode(), job.problem());
	}

}
