package org.twinningregistry.engagement;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.domain.Engagement;
import org.twinningregistry.engagement.domain.EngagementRepository;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * Deletes an engagement, for {@link EngagementLog#delete}: a curator's, never while a
 * revision of it is open nor while another module's records hang under it
 * ({@link EngagementReferences}); its creation by an import stays in its history.
 */
@Component
class EngagementRemoval {

	private final EngagementRepository engagements;

	private final AgreementRegistry agreements;

	private final AccessControl access;

	private final ReviewWorkflow workflow;

	private final HistoryLog history;

	private final ObjectProvider<EngagementReferences> references;

	EngagementRemoval(EngagementRepository engagements, AgreementRegistry agreements, AccessControl access,
			ReviewWorkflow workflow, HistoryLog history, ObjectProvider<EngagementReferences> references) {
		this.engagements = engagements;
		this.agreements = agreements;
		this.access = access;
		this.workflow = workflow;
		this.history = history;
		this.references = references;
	}

	void delete(EngagementId id, long version) {
		Engagement engagement = this.engagements.findById(id.value())
			.orElseThrow(() -> new NotFoundException(EngagementLog.KIND, id.value()));
		requirePublish(engagement.values());
		if (engagement.version() != version) {
			throw ConflictException.staleVersion(EngagementLog.KIND, id.value(), version, engagement.version());
		}
		this.workflow.refuseDeleteWhileOpen(EngagementLog.ref(id), EngagementLog.KIND);
		for (EngagementReferences reference : this.references.orderedStream().toList()) {
			long count = reference.countReferencesTo(id);
			if (count > 0) {
				throw new ConflictException("error.engagement.in-use", id.value(), count, reference.kindKey());
			}
		}
		if (engagement.importEntry() != null) {
			this.history.keepImportCreation(EngagementLog.ref(id), engagement.importEntry());
		}
		this.engagements.delete(engagement);
		this.history.recordPublished(EngagementLog.ref(id), HistoryAction.DELETED,
				EngagementFields.of(engagement.values()), Map.of());
	}

	/**
	 * Writes straight to the published log need a curator of one of the parties of the
	 * engagement's agreement (an unknown agreement is left to the rules to report).
	 */
	private void requirePublish(EngagementValues values) {
		this.agreements.find(values.agreement())
			.ifPresent(agreement -> this.access.require(
					this.access.mayPublish(List.of(agreement.values().partyA(), agreement.values().partyB())),
					"publish engagements of agreement " + agreement.id().value()));
	}

}
