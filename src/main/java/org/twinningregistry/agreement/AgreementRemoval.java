package org.twinningregistry.agreement;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.agreement.domain.Agreement;
import org.twinningregistry.agreement.domain.AgreementRepository;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * Deletes an agreement that nothing hangs under, for {@link AgreementRegistry#delete}: no
 * open revision, no later agreement superseding it, no reference from another module
 * ({@link AgreementReferences}).
 */
@Component
class AgreementRemoval {

	private final AgreementRepository agreements;

	private final ObjectProvider<AgreementReferences> references;

	private final AccessControl access;

	private final ReviewWorkflow workflow;

	private final HistoryLog history;

	private final AgreementKind kind;

	AgreementRemoval(AgreementRepository agreements, ObjectProvider<AgreementReferences> references,
			AccessControl access, ReviewWorkflow workflow, HistoryLog history, AgreementKind kind) {
		this.agreements = agreements;
		this.references = references;
		this.access = access;
		this.workflow = workflow;
		this.history = history;
		this.kind = kind;
	}

	void delete(AgreementId id, long version) {
		Agreement agreement = this.agreements.findById(id.value())
			.orElseThrow(() -> new NotFoundException(AgreementRegistry.KIND, id.value()));
		AgreementValues values = agreement.values();
		this.access.require(this.access.mayPublish(List.of(values.partyA(), values.partyB())),
				"publish agreements of " + values.partyA().value() + " or " + values.partyB().value());
		if (agreement.version() != version) {
			throw ConflictException.staleVersion(AgreementRegistry.KIND, id.value(), version, agreement.version());
		}
		this.workflow.refuseDeleteWhileOpen(AgreementRegistry.ref(id), AgreementRegistry.KIND);
		int superseding = this.agreements.findBySupersedes(id.value()).size();
		if (superseding > 0) {
			throw new ConflictException("error.agreement.in-use", id.value(), superseding, "kind.agreements");
		}
		for (AgreementReferences reference : this.references.orderedStream().toList()) {
			long count = reference.countReferencesTo(id);
			if (count > 0) {
				throw new ConflictException("error.agreement.in-use", id.value(), count, reference.kindKey());
			}
		}
		this.agreements.delete(agreement);
		this.kind.refreshSupersession(values.supersedes());
		this.history.recordPublished(AgreementRegistry.ref(id), HistoryAction.DELETED, AgreementFields.of(values),
				Map.of());
	}

}
