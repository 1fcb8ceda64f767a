package org.twinningregistry.strategy;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RevisionState;

/**
 * A government's strategy as other modules and the API see it.
 *
 * @param government whose strategy it is
 * @param values what it says
 * @param version the optimistic-lock version (of the revision, for a draft)
 * @param draft {@code null} for the published strategy; the state of the open revision
 * whose proposed values this summary shows
 */
public record StrategySummary(GovernmentId government, StrategyValues values, long version,
		@Nullable RevisionState draft) {

	/** The proposed values of an open revision, with the revision's version and state. */
	public static StrategySummary draft(OpenRevision<StrategyValues> revision) {
		return new StrategySummary(revision.values().government(), revision.values(), revision.revision().version(),
				revision.revision().state());
	}

}
