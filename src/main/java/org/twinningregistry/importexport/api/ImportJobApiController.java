package org.twinningregistry.importexport.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.importexport.job.ImportJobId;
import org.twinningregistry.importexport.job.ImportJobs;
import org.twinningregistry.shared.PublicUrlSettings;

/**
 * Follows and cancels the caller's import jobs ({@code POST /api/v1/imports?async=true}
 * starts one). A curator sees only their own jobs; any other id answers 404.
 */
@RestController
@Tag(name = "Imports")
class ImportJobApiController {

	private final ImportJobs jobs;

	private final PublicUrlSettings urls;

	ImportJobApiController(ImportJobs jobs, PublicUrlSettings urls) {
		this.jobs = jobs;
		this.urls = urls;
	}

	@Operation(summary = "Follow an import job",
			description = "Where a background import stands: queued, running (with its progress), or ended "
					+ "(with its report). A curator sees their own jobs only: any other id is 404.")
	@SecurityRequirement(name = "bearer")
	@SecurityRequirement(name = "basic")
	@GetMapping(ImportJobResponse.PATH)
	ImportJobResponse job(@Parameter(
			description = "The job's id, from the Location of the import that started it") @PathVariable String id) {
		return ImportJobResponse.of(this.jobs.find(new ImportJobId(id)), this.urls);
	}

	@Operation(summary = "Cancel an import job",
			description = "Cancels one's own queued or running import job: it rolls back and writes nothing. "
					+ "An ended job is left as it is.")
	@DeleteMapping(ImportJobResponse.PATH)
	ImportJobResponse cancel(@Parameter(
			description = "The job's id, from the Location of the import that started it") @PathVariable String id) {
		return ImportJobResponse.of(this.jobs.cancel(new ImportJobId(id)), this.urls);
	}

	@Operation(summary = "Cancel an import job by POST",
			description = "The same as DELETE, for clients that cannot send one.")
	@PostMapping(ImportJobResponse.PATH + "/cancel")
	ImportJobResponse cancelByPost(@Parameter(
			description = "The job's id, from the Location of the import that started it") @PathVariable String id) {
		return cancel(id);
	}

}
