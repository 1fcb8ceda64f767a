package org.twinningregistry.agreement.api;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementRevision;
import org.twinningregistry.workflow.RevisionState;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * An agreement's open revision: where it stands and the proposed agreement.
 * {@code version} is the revision's (send it back on the next {@code PUT});
 * {@code baseVersion} the published agreement's it was based on, {@code null} for a new
 * agreement.
 */
record RevisionResponse(String kind, String id, RevisionState state, @Nullable Long baseVersion, String author,
		Instant updatedAt, String updatedBy, @Nullable String submittedBy, @Nullable String returnReason,
		@Nullable String returnedBy, long version, AgreementResponse agreement) {

	static RevisionResponse of(AgreementRevision revision, LocalDate today) {
		RevisionSummary r = revision.revision();
		return new RevisionResponse(r.record().kind().key(), r.record().id(), r.state(), r.baseVersion(), r.author(),
				r.updatedAt(), r.updatedBy(), r.submittedBy(), r.returnReason(), r.returnedBy(), r.version(),
				AgreementResponse.of(revision.proposed(), today));
	}

}
