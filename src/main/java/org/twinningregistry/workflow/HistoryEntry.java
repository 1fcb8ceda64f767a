package org.twinningregistry.workflow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step in a record's history.
 *
 * @param at when
 * @param actor who (a user name, or the system curator of a job)
 * @param action what
 * @param changes which fields changed, from what to what
 * @param reason why, when given (a return's reason)
 */
public record HistoryEntry(Instant at, String actor, HistoryAction action, List<FieldChange> changes,
		@Nullable String reason) {

	public HistoryEntry {
		changes = List.copyOf(changes);
	}

}
