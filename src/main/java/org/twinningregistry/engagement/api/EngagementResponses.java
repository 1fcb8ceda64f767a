package org.twinningregistry.engagement.api;

import org.springframework.stereotype.Component;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordResponses;

/** Engagements in the workflow's API, as {@link EngagementResponse}s. */
@Component
class EngagementResponses implements RecordResponses {

	private final EngagementLog log;

	EngagementResponses(EngagementLog log) {
		this.log = log;
	}

	@Override
	public RecordKind kind() {
		return EngagementLog.RECORDS;
	}

	@Override
	public Object published(String id) {
		return EngagementResponse.of(this.log.get(new EngagementId(id)));
	}

	@Override
	public Object proposed(OpenRevision<?> revision) {
		return EngagementResponse.of(EngagementSummary.draft(revision.as(EngagementValues.class)));
	}

}
