package org.twinningregistry.workflow.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.workflow.RevisionState;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * An open revision in a queue: which record ({@code kind}, {@code id}), its state, the
 * proposed values as text, and where it came from.
 */
record RevisionQueueResponse(String kind, String id, RevisionState state, @Nullable Long baseVersion,
		List<String> parties, String author, Instant updatedAt, String updatedBy, @Nullable String submittedBy,
		@Nullable String returnReason, long version, Map<String, @Nullable String> fields) {

	static RevisionQueueResponse of(RevisionSummary r) {
		return new RevisionQueueResponse(r.record().kind().key(), r.record().id(), r.state(), r.baseVersion(),
				r.parties().stream().map(GovernmentId::value).toList(), r.author(), r.updatedAt(), r.updatedBy(),
				r.submittedBy(), r.returnReason(), r.version(), r.fields());
	}

}
