package org.twinningregistry.workflow.api;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.workflow.RevisionState;
import org.twinningregistry.workflow.RevisionSummary;
import org.twinningregistry.shared.Versioned;

/**
 * A record's open revision: where it stands and the proposed record, under the kind's key
 * ({@code "agreement": {…}}, as the kind's own API shows it). {@code version} is the
 * revision's (send it back on the next {@code PUT}); {@code baseVersion} the published
 * record's it was based on, {@code null} for a new record.
 */
record RevisionResponse(String kind, String id, RevisionState state, @Nullable Long baseVersion, String author,
		Instant updatedAt, String updatedBy, @Nullable String submittedBy, @Nullable String returnReason,
		@Nullable String returnedBy, long version, @JsonAnyGetter Map<String, Object> proposed) implements Versioned {

	static RevisionResponse of(RevisionSummary r, Object proposed) {
		return new RevisionResponse(r.record().kind().key(), r.record().id(), r.state(), r.baseVersion(), r.author(),
				r.updatedAt(), r.updatedBy(), r.submittedBy(), r.returnReason(), r.returnedBy(), r.version(),
				Map.of(r.record().kind().key(), proposed));
	}

}
