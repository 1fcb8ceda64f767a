package org.twinningregistry.engagement;

import org.jspecify.annotations.Nullable;

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

}
