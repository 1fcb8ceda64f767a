package org.twinningregistry.engagement;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RevisionState;

/**
 * An engagement as lists and other modules see it.
 *
 * @param id its key
 * @param values what was entered
 * @param version the optimistic-lock version (of the revision, for a draft)
 * @param draft {@code null} for the published engagement; the state of the open revision
 * whose proposed values this summary shows (what a reporter's write returns)
 */
public record EngagementSummary(EngagementId id, EngagementValues values, long version, @Nullable RevisionState draft) {

	/** A published engagement. */
	public EngagementSummary(EngagementId id, EngagementValues values, long version) {
		this(id, values, version, null);
	}

	/** The proposed values of an open revision, with the revision's version and state. */
	public static EngagementSummary draft(OpenRevision<EngagementValues> revision) {
		return new EngagementSummary(new EngagementId(revision.revision().record().id()), revision.values(),
				revision.revision().version(), revision.revision().state());
	}

}
