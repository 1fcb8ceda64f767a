package org.twinningregistry.partnerfinder;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.partnerfinder.domain.PartnerRequest;
import org.twinningregistry.partnerfinder.domain.PartnerRequestRepository;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * Deletes a partner request, for {@link SeekingList#delete}: a curator's of its
 * government's country, never while a revision of it is open (history DELETED with the
 * values it removed).
 */
@Component
class PartnerRequestRemoval {

	private final PartnerRequestRepository requests;

	private final AccessControl access;

	private final ReviewWorkflow workflow;

	private final HistoryLog history;

	PartnerRequestRemoval(PartnerRequestRepository requests, AccessControl access, ReviewWorkflow workflow,
			HistoryLog history) {
		this.requests = requests;
		this.access = access;
		this.workflow = workflow;
		this.history = history;
	}

	void delete(PartnerRequestId id, long version) {
		PartnerRequest request = this.requests.findById(id.value())
			.orElseThrow(() -> new NotFoundException(SeekingList.KIND, id.value()));
		PartnerRequestValues values = request.values();
		this.access.require(this.access.mayPublish(List.of(values.government())),
				"delete partner request " + id.value() + " of " + values.government().value());
		if (request.version() != version) {
			throw ConflictException.staleVersion(SeekingList.KIND, id.value(), version, request.version());
		}
		this.workflow.refuseDeleteWhileOpen(SeekingList.ref(id), SeekingList.KIND);
		this.requests.delete(request);
		this.history.recordPublished(SeekingList.ref(id), HistoryAction.DELETED, PartnerRequestFields.of(values),
				Map.of());
	}

}
