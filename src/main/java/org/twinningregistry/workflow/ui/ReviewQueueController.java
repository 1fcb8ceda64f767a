package org.twinningregistry.workflow.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.workflow.FieldTexts;
import org.twinningregistry.workflow.ReviewQueue;
import org.twinningregistry.workflow.RevisionState;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The review queue: the open revisions the signed-in user may see, each by what it is (an
 * engagement's title, an agreement's parties), for which governments, and since when,
 * linked to its record's page (where it is submitted, approved or returned).
 */
@Controller
class ReviewQueueController {

	private final ReviewQueue queue;

	private final Gazetteer gazetteer;

	private final FieldTexts fields;

	ReviewQueueController(ReviewQueue queue, Gazetteer gazetteer, FieldTexts fields) {
		this.queue = queue;
		this.gazetteer = gazetteer;
		this.fields = fields;
	}

	@GetMapping("/revisions")
	String queue(@RequestParam(required = false) @Nullable RevisionState state, Locale locale, Model model) {
		List<RevisionSummary> revisions = this.queue.queue(state);
		Map<GovernmentId, GovernmentSummary> parties = this.gazetteer
			.summaries(revisions.stream().flatMap(r -> r.parties().stream()).distinct().toList());
		model.addAttribute("revisions", revisions.stream().map(r -> row(r, parties, locale)).toList());
		model.addAttribute("state", state);
		model.addAttribute("states", RevisionState.values());
		return "workflow/queue";
	}

	private QueueRow row(RevisionSummary revision, Map<GovernmentId, GovernmentSummary> parties, Locale locale) {
		String governments = revision.parties()
			.stream()
			.map(id -> parties.containsKey(id) ? parties.get(id).name(locale) : id.value())
			.collect(Collectors.joining(" – "));
		String title = revision.fields().get("title");
		String kind = revision.record().kind().key();
		String agreement = revision.fields().get("agreement");
		return new QueueRow(revision, (title != null && !title.isBlank()) ? title : governments, governments,
				(agreement != null) ? this.fields.value(kind, "agreement", agreement) : null);
	}

	/**
	 * A revision as the queue lists it.
	 *
	 * @param revision the revision
	 * @param title what it is: its title, or its parties' names when it has none
	 * @param governments the names of the governments it concerns, in the reader's
	 * language
	 * @param agreement the agreement it falls under, as its page names it, if it names
	 * one
	 */
	record QueueRow(RevisionSummary revision, String title, String governments, @Nullable String agreement) {

	}

}
