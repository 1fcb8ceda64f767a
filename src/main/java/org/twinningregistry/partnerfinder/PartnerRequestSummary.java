package org.twinningregistry.partnerfinder;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RevisionState;

/**
 * A partner request as other modules and the API see it.
 *
 * @param id its key
 * @param values what it asks for
 * @param modified the day it was last published, {@code null} for a draft of a new one
 * @param expired whether its expiry lies before today (it is then off the public list)
 * @param version the optimistic-lock version (of the revision, for a draft)
 * @param draft {@code null} for the published request; the state of the open revision
 * whose proposed values this summary shows
 */
public record PartnerRequestSummary(PartnerRequestId id, PartnerRequestValues values, @Nullable LocalDate modified,
		boolean expired, long version, @Nullable RevisionState draft) {

	/** The proposed values of an open revision, with the revision's version and state. */
	public static PartnerRequestSummary draft(OpenRevision<PartnerRequestValues> revision, LocalDate today) {
		return new PartnerRequestSummary(new PartnerRequestId(revision.revision().record().id()), revision.values(),
				null, !revision.values().activeOn(today), revision.revision().version(), revision.revision().state());
	}

}
