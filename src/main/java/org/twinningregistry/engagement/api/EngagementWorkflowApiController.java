package org.twinningregistry.engagement.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementWorkflow;
import org.twinningregistry.shared.ExpectedVersion;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.HistoryEntry;

/**
 * {@code /api/v1/engagements/{id}/…}: the self-reporting workflow of an engagement
 * (revision, submit, approve, return), its history and its two-sided confirmation.
 */
@RestController
@RequestMapping("/api/v1/engagements/{id}")
class EngagementWorkflowApiController {

	private final EngagementWorkflow workflow;

	EngagementWorkflowApiController(EngagementWorkflow workflow) {
		this.workflow = workflow;
	}

	@GetMapping("/revision")
	RevisionResponse revision(@PathVariable String id) {
		return this.workflow.revision(new EngagementId(id))
			.map(RevisionResponse::of)
			.orElseThrow(() -> new NotFoundException("revision", id));
	}

	@DeleteMapping("/revision")
	ResponseEntity<Void> discard(@PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion expected = ExpectedVersion.of(version, ifMatch);
		expected.apply(v -> this.workflow.discard(new EngagementId(id), v));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/submit")
	RevisionResponse submit(@PathVariable String id) {
		return RevisionResponse.of(this.workflow.submit(new EngagementId(id)));
	}

	@PostMapping("/approve")
	EngagementResponse approve(@PathVariable String id) {
		return EngagementResponse.of(this.workflow.approve(new EngagementId(id)));
	}

	@PostMapping("/return")
	RevisionResponse returnForRevision(@PathVariable String id,
			@RequestBody(required = false) @Nullable ReasonRequest request) {
		String reason = (request != null) ? request.reason() : null;
		return RevisionResponse.of(this.workflow.returnForRevision(new EngagementId(id), reason));
	}

	@PostMapping("/confirm")
	ConfirmationResponse confirm(@PathVariable String id) {
		return ConfirmationResponse.of(this.workflow.confirm(new EngagementId(id)));
	}

	@GetMapping("/confirmations")
	ConfirmationResponse confirmations(@PathVariable String id) {
		return ConfirmationResponse.of(this.workflow.confirmations(new EngagementId(id)));
	}

	@GetMapping("/history")
	List<HistoryEntry> history(@PathVariable String id) {
		return this.workflow.history(new EngagementId(id));
	}

}
