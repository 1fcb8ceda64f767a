package org.twinningregistry.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * An open revision of a record.
 *
 * @param record the record it revises (or proposes)
 * @param state DRAFT, SUBMITTED or RETURNED
 * @param fields the proposed values as text, by field name
 * @param baseVersion the published version it was based on, {@code null} for a new record
 * @param parties the governments whose reporters may work on it
 * @param author who started it
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 * @param submittedBy who submitted it, when submitted
 * @param returnReason why it was returned, when returned
 * @param returnedBy who returned it, when returned
 * @param version the optimistic-lock version of the revision
 */
public record RevisionSummary(RecordRef record, RevisionState state, Map<String, @Nullable String> fields,
		@Nullable Long baseVersion, List<GovernmentId> parties, String author, Instant updatedAt, String updatedBy,
		@Nullable String submittedBy, @Nullable String returnReason, @Nullable String returnedBy, long version) {

	public RevisionSummary {
		parties = List.copyOf(parties);
	}

	/** Whether it proposes a record that is not published yet. */
	public boolean isNew() {
		return this.baseVersion == null;
	}

}
