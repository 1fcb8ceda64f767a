package org.twinningregistry.strategy;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RevisionState;

/**
 * A plan as other modules and the API see it.
 *
 * @param id its key
 * @param values what it plans
 * @param version the optimistic-lock version (of the revision, for a draft)
 * @param draft {@code null} for the published plan; the state of the open revision whose
 * proposed values this summary shows
 */
public record PlanSummary(PlanId id, PlanValues values, long version, @Nullable RevisionState draft) {

	/** A published plan. */
	public PlanSummary(PlanId id, PlanValues values, long version) {
		this(id, values, version, null);
	}

	/** The proposed values of an open revision, with the revision's version and state. */
	public static PlanSummary draft(OpenRevision<PlanValues> revision) {
		return new PlanSummary(new PlanId(revision.revision().record().id()), revision.values(),
				revision.revision().version(), revision.revision().state());
	}

}
