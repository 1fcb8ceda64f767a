package org.twinningregistry.workflow.api;

import java.util.List;

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
class RevisionApiController {

	private final ReviewQueue queue;

	RevisionApiController(ReviewQueue queue) {
		this.queue = queue;
	}

	@GetMapping
	List<RevisionQueueResponse> list(@RequestParam(required = false) @Nullable RevisionState state) {
		return this.queue.queue(state).stream().map(RevisionQueueResponse::of).toList();
	}

}
