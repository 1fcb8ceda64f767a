package org.twinningregistry.partnerfinder.api;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.twinningregistry.partnerfinder.PartnerRequestId;
import org.twinningregistry.partnerfinder.PartnerRequestSummary;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordResponses;

/** Partner requests in the workflow's API, as {@link PartnerRequestResponse}s. */
@Component
class PartnerRequestResponses implements RecordResponses {

	private final SeekingList list;

	private final Clock clock;

	PartnerRequestResponses(SeekingList list, Clock clock) {
		this.list = list;
		this.clock = clock;
	}

	@Override
	public RecordKind kind() {
		return SeekingList.RECORDS;
	}

	@Override
	public Object published(String id) {
		return PartnerRequestResponse.of(this.list.get(new PartnerRequestId(id)));
	}

	@Override
	public Object proposed(OpenRevision<?> revision) {
		return PartnerRequestResponse
			.of(PartnerRequestSummary.draft(revision.as(PartnerRequestValues.class), LocalDate.now(this.clock)));
	}

}
