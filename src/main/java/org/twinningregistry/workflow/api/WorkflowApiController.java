package org.twinningregistry.workflow.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
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
class WorkflowApiController {

	private final ReviewWorkflow workflow;

	private final KindMappings mappings;

	private final Map<String, RecordResponses> responses;

	WorkflowApiController(ReviewWorkflow workflow, KindMappings mappings, List<RecordResponses> responses) {
		this.workflow = workflow;
		this.mappings = mappings;
		this.responses = responses.stream().collect(Collectors.toUnmodifiableMap(r -> r.kind().key(), r -> r));
	}

	@KindPath(method = RequestMethod.GET, value = "/revision")
	RevisionResponse revision(HttpServletRequest request, @PathVariable String id) {
		return this.workflow.revision(ref(request, id))
			.map(this::response)
			.orElseThrow(() -> new NotFoundException("revision", id));
	}

	@KindPath(method = RequestMethod.DELETE, value = "/revision")
	ResponseEntity<Void> discard(HttpServletRequest request, @PathVariable String id,
			@RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		RecordRef record = ref(request, id);
		ExpectedVersion.of(version, ifMatch).apply(v -> this.workflow.discard(record, v));
		return ResponseEntity.noContent().build();
	}

	@KindPath(method = RequestMethod.POST, value = "/submit")
	RevisionResponse submit(HttpServletRequest request, @PathVariable String id) {
		return response(this.workflow.submit(ref(request, id)));
	}

	@KindPath(method = RequestMethod.POST, value = "/approve")
	Object approve(HttpServletRequest request, @PathVariable String id) {
		RecordRef record = ref(request, id);
		this.workflow.approve(record);
		return responses(record).published(id);
	}

	@KindPath(method = RequestMethod.POST, value = "/return")
	RevisionResponse returnForRevision(HttpServletRequest request, @PathVariable String id,
			@RequestBody(required = false) @Nullable ReasonRequest body) {
		String reason = (body != null) ? body.reason() : null;
		return response(this.workflow.returnForRevision(ref(request, id), reason));
	}

	@KindPath(method = RequestMethod.POST, value = "/confirm")
	ConfirmationResponse confirm(HttpServletRequest request, @PathVariable String id) {
		return ConfirmationResponse.of(this.workflow.confirm(ref(request, id)));
	}

	@KindPath(method = RequestMethod.GET, value = "/confirmations")
	ConfirmationResponse confirmations(HttpServletRequest request, @PathVariable String id) {
		return ConfirmationResponse.of(this.workflow.confirmations(ref(request, id)));
	}

	@KindPath(method = RequestMethod.GET, value = "/history")
	List<HistoryEntry> history(HttpServletRequest request, @PathVariable String id) {
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
