package org.twinningregistry.workflow.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.shared.ExpectedVersion;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.HistoryEntry;
import org.twinningregistry.workflow.KindMappings;
import org.twinningregistry.workflow.KindPath;
import org.twinningregistry.workflow.KindPaths;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.RecordResponses;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * {@code /api/v1/<segment>/{id}/…} for every reviewed kind ({@code agreements},
 * {@code engagements}, mapped per kind by {@link KindMappings}): the self-reporting
 * workflow of a record (revision, submit, approve, return), its history and its two-sided
 * confirmation. The record itself is shown as its kind's API shows it
 * ({@link RecordResponses}).
 */
@RestController
@KindPaths(prefix = "/api/v1")
@Tag(name = "Workflow")
class WorkflowApiController {

	private final ReviewWorkflow workflow;

	private final KindMappings mappings;

	private final Map<String, RecordResponses> responses;

	WorkflowApiController(ReviewWorkflow workflow, KindMappings mappings, List<RecordResponses> responses) {
		this.workflow = workflow;
		this.mappings = mappings;
		this.responses = responses.stream().collect(Collectors.toUnmodifiableMap(r -> r.kind().key(), r -> r));
	}

	@Operation(summary = "Read the {kind}'s open revision",
			description = "The draft or submitted change of the {kind} that its reporters and those above them "
					+ "see: its state, who wrote it, and the proposed {kind} as the {kind}s' API shows it. Its "
					+ "`version` (also sent as `ETag`) is what the next PUT of the {kind} names. 404 when there is "
					+ "none, or the caller may not see it.")
	@KindPath(method = RequestMethod.GET, value = "/revision")
	RevisionResponse revision(HttpServletRequest request,
			@Parameter(description = "The {kind}'s id") @PathVariable String id) {
		return this.workflow.revision(ref(request, id))
			.map(this::response)
			.orElseThrow(() -> new NotFoundException("revision", id));
	}

	@Operation(summary = "Discard the {kind}'s draft",
			description = "Discards the open draft of the {kind} (its reporters, or those above them); the "
					+ "published {kind}, if any, stays as it is. Name the revision's version as `version` or "
					+ "`If-Match`; without either 428.")
	@KindPath(method = RequestMethod.DELETE, value = "/revision")
	ResponseEntity<Void> discard(HttpServletRequest request,
			@Parameter(description = "The {kind}'s id") @PathVariable String id,
			@Parameter(description = "The revision's version the discard is based on (or If-Match)") @RequestParam(
					required = false) @Nullable Long version,
			@Parameter(description = "The revision's version, as an entity tag: \"3\"") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		RecordRef record = ref(request, id);
		ExpectedVersion.of(version, ifMatch).apply(v -> this.workflow.discard(record, v));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Submit the {kind}'s draft for review",
			description = "Submits the {kind}'s draft to the reviewers of its jurisdiction; it is locked until "
					+ "approved or returned.")
	@KindPath(method = RequestMethod.POST, value = "/submit")
	RevisionResponse submit(HttpServletRequest request,
			@Parameter(description = "The {kind}'s id") @PathVariable String id) {
		return response(this.workflow.submit(ref(request, id)));
	}

	@Operation(summary = "Approve the {kind}'s submitted change",
			description = "Publishes the submitted revision of the {kind} (a reviewer of its jurisdiction or a "
					+ "curator), every rule checked again, and answers the published {kind}.")
	@KindPath(method = RequestMethod.POST, value = "/approve")
	Object approve(HttpServletRequest request, @Parameter(description = "The {kind}'s id") @PathVariable String id) {
		RecordRef record = ref(request, id);
		this.workflow.approve(record);
		return responses(record).published(id);
	}

	@Operation(summary = "Return the {kind}'s submitted change",
			description = "Returns the submitted revision of the {kind} to its reporters with the reason "
					+ "(`{\"reason\": \"…\"}`), so that they change it and submit it again.")
	@KindPath(method = RequestMethod.POST, value = "/return")
	RevisionResponse returnForRevision(HttpServletRequest request,
			@Parameter(description = "The {kind}'s id") @PathVariable String id,
			@RequestBody(required = false) @Nullable ReasonRequest body) {
		String reason = (body != null) ? body.reason() : null;
		return response(this.workflow.returnForRevision(ref(request, id), reason));
	}

	@Operation(summary = "Confirm the {kind} for one's side",
			description = "Records that the caller's side (a party's reporter, or someone above) confirms the "
					+ "published {kind} as it stands; both sides confirming makes it two-sided.")
	@KindPath(method = RequestMethod.POST, value = "/confirm")
	ConfirmationResponse confirm(HttpServletRequest request,
			@Parameter(description = "The {kind}'s id") @PathVariable String id) {
		return ConfirmationResponse.of(this.workflow.confirm(ref(request, id)));
	}

	@Operation(summary = "Read the {kind}'s confirmations",
			description = "Which sides confirmed the published {kind}, when and in which office.")
	@KindPath(method = RequestMethod.GET, value = "/confirmations")
	ConfirmationResponse confirmations(HttpServletRequest request,
			@Parameter(description = "The {kind}'s id") @PathVariable String id) {
		return ConfirmationResponse.of(this.workflow.confirmations(ref(request, id)));
	}

	@Operation(summary = "Read the {kind}'s history",
			description = "Every change of the {kind}, oldest first: who (by office) created, changed, drafted, "
					+ "submitted, approved, returned or imported it, and the fields each changed.")
	@KindPath(method = RequestMethod.GET, value = "/history")
	List<HistoryEntry> history(HttpServletRequest request,
			@Parameter(description = "The {kind}'s id") @PathVariable String id) {
		return this.workflow.history(ref(request, id));
	}

	private RecordRef ref(HttpServletRequest request, String id) {
		return this.mappings.record(request, id);
	}

	private RevisionResponse response(OpenRevision<?> revision) {
		return RevisionResponse.of(revision.revision(), responses(revision.revision().record()).proposed(revision));
	}

	private RecordResponses responses(RecordRef record) {
		RecordResponses found = this.responses.get(record.kind().key());
		if (found == null) {
			throw new IllegalStateException("no responses for " + record.kind().key());
		}
		return found;
	}

}
