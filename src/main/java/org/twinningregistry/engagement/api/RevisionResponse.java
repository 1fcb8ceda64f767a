package org.twinningregistry.engagement.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.engagement.EngagementRevision;
import org.twinningregistry.workflow.RevisionState;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * An engagement's open revision: where it stands and the proposed engagement.
 * {@code version} is the revision's (send it back on the next {@code PUT});
 * {@code baseVersion} the published engagement's it was based on, {@code null} for a new
 * engagement.
 */
record RevisionResponse(String kind, String id, RevisionState state, @Nullable Long baseVersion, String author,
		Instant updatedAt, String updatedBy, @Nullable String submittedBy, @Nullable String returnReason,
		@Nullable String returnedBy, long version, EngagementResponse engagement) {

	static RevisionResponse of(EngagementRevision revision) {
		RevisionSummary r = revision.revision();
		return new RevisionResponse(r.record().kind().key(), r.record().id(), r.state(), r.baseVersion(), r.author(),
				r.updatedAt(), r.updatedBy(), r.submittedBy(), r.returnReason(), r.returnedBy(), r.version(),
				EngagementResponse.of(revision.proposed()));
	}

}
