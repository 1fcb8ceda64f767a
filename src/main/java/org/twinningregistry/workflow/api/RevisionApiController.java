package org.twinningregistry.workflow.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.workflow.ReviewQueue;
import org.twinningregistry.workflow.RevisionState;

/**
 * {@code GET /api/v1/revisions}: the open revisions of agreements and engagements the
 * caller may see (a review queue with {@code ?state=SUBMITTED}); 401 when nobody signed
 * in.
 */
@RestController
@RequestMapping("/api/v1/revisions")
@Tag(name = "Workflow",
		description = "Self-reporting: a reporter's writes are drafts beside the published record, submitted for "
				+ "review and approved or returned by a reviewer of the jurisdiction or a curator; every change "
				+ "is kept in the record's history, and each side may confirm a record. The same steps for every "
				+ "reviewed kind of record (agreements, engagements, …) under its own path.")
class RevisionApiController {

	private final ReviewQueue queue;

	RevisionApiController(ReviewQueue queue) {
		this.queue = queue;
	}

	@Operation(summary = "The review queue",
			description = "The open revisions of every reviewed kind the caller may see (their own drafts, what "
					+ "waits for their review), oldest first; `state=SUBMITTED` for what waits for review.")
	@SecurityRequirement(name = "bearer")
	@SecurityRequirement(name = "basic")
	@GetMapping
	List<RevisionQueueResponse> list(@Parameter(description = "Only revisions in this state") @RequestParam(
			required = false) @Nullable RevisionState state) {
		return this.queue.queue(state).stream().map(RevisionQueueResponse::of).toList();
	}

}
