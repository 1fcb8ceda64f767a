package org.twinningregistry.agreement.api;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordResponses;

/** Agreements in the workflow's API, as {@link AgreementResponse}s. */
@Component
class AgreementResponses implements RecordResponses {

	private final AgreementRegistry registry;

	private final Clock clock;

	AgreementResponses(AgreementRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	@Override
	public RecordKind kind() {
		return AgreementRegistry.RECORDS;
	}

	@Override
	public Object published(String id) {
		return AgreementResponse.of(this.registry.get(new AgreementId(id)), LocalDate.now(this.clock));
	}

	@Override
	public Object proposed(OpenRevision<?> revision) {
		return AgreementResponse.of(this.registry.draftSummary(revision.as(AgreementValues.class)),
				LocalDate.now(this.clock));
	}

}
