package org.twinningregistry.agreement.api;

import java.time.Clock;
import java.time.LocalDate;
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
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementWorkflow;
import org.twinningregistry.shared.ExpectedVersion;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.HistoryEntry;

/**
 * {@code /api/v1/agreements/{id}/…}: the self-reporting workflow of an agreement
 * (revision, submit, approve, return), its history and its two-sided confirmation.
 */
@RestController
@RequestMapping("/api/v1/agreements/{id}")
class AgreementWorkflowApiController {

	private final AgreementWorkflow workflow;

	private final Clock clock;

	AgreementWorkflowApiController(AgreementWorkflow workflow, Clock clock) {
		this.workflow = workflow;
		this.clock = clock;
	}

	@GetMapping("/revision")
	RevisionResponse revision(@PathVariable String id) {
		return this.workflow.revision(new AgreementId(id))
			.map(r -> RevisionResponse.of(r, today()))
			.orElseThrow(() -> new NotFoundException("revision", id));
	}

	@DeleteMapping("/revision")
	ResponseEntity<Void> discard(@PathVariable String id, @RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ExpectedVersion expected = ExpectedVersion.of(version, ifMatch);
		expected.apply(v -> this.workflow.discard(new AgreementId(id), v));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/submit")
	RevisionResponse submit(@PathVariable String id) {
		return RevisionResponse.of(this.workflow.submit(new AgreementId(id)), today());
	}

	@PostMapping("/approve")
	AgreementResponse approve(@PathVariable String id) {
		return AgreementResponse.of(this.workflow.approve(new AgreementId(id)), today());
	}

	@PostMapping("/return")
	RevisionResponse returnForRevision(@PathVariable String id,
			@RequestBody(required = false) @Nullable ReasonRequest request) {
		String reason = (request != null) ? request.reason() : null;
		return RevisionResponse.of(this.workflow.returnForRevision(new AgreementId(id), reason), today());
	}

	@PostMapping("/confirm")
	ConfirmationResponse confirm(@PathVariable String id) {
		return ConfirmationResponse.of(this.workflow.confirm(new AgreementId(id)));
	}

	@GetMapping("/confirmations")
	ConfirmationResponse confirmations(@PathVariable String id) {
		return ConfirmationResponse.of(this.workflow.confirmations(new AgreementId(id)));
	}

	@GetMapping("/history")
	List<HistoryEntry> history(@PathVariable String id) {
		return this.workflow.history(new AgreementId(id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
