package org.twinningregistry.importexport.api;

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
class ImportJobApiController {

	private final ImportJobs jobs;

	private final PublicUrlSettings urls;

	ImportJobApiController(ImportJobs jobs, PublicUrlSettings urls) {
		this.jobs = jobs;
		this.urls = urls;
	}

	@GetMapping(ImportJobResponse.PATH)
	ImportJobResponse job(@PathVariable String id) {
		return ImportJobResponse.of(this.jobs.find(new ImportJobId(id)), this.urls);
	}

	@DeleteMapping(ImportJobResponse.PATH)
	ImportJobResponse cancel(@PathVariable String id) {
		return ImportJobResponse.of(this.jobs.cancel(new ImportJobId(id)), this.urls);
	}

	@PostMapping(ImportJobResponse.PATH + "/cancel")
	ImportJobResponse cancelByPost(@PathVariable String id) {
		return cancel(id);
	}

}
