package org.twinningregistry.workflow.ui;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinningregistry.workflow.ReviewQueue;
import org.twinningregistry.workflow.RevisionState;

/**
 * The review queue: the open revisions the signed-in user may see, each linked to its
 * record's page (where it is submitted, approved or returned).
 */
@Controller
class ReviewQueueController {

	private final ReviewQueue queue;

	ReviewQueueController(ReviewQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/revisions")
	String queue(@RequestParam(required = false) @Nullable RevisionState state, Model model) {
		model.addAttribute("revisions", this.queue.queue(state));
		model.addAttribute("state", state);
		model.addAttribute("states", RevisionState.values());
		return "workflow/queue";
	}

}
