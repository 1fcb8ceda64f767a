package org.twinningregistry.workflow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step in a record's history.
 *
 * @param at when
 * @param actor who, as the public sees it: the office they acted in ("Reviewer, British
 * Columbia"), in the request's language, never a user name
 * @param office that office as recorded ({@code REVIEWER:CA-BC}; empty for steps recorded
 * before offices were kept)
 * @param account the user name (or the system curator of a job), only for those who may
 * review the record; {@code null} for everyone else
 * @param action what
 * @param changes which fields changed, from what to what
 * @param reason why, when given (a return's reason)
 */
public record HistoryEntry(Instant at, String actor, String office, @Nullable String account, HistoryAction action,
		List<FieldChange> changes, @Nullable String reason) {

	public HistoryEntry {
		changes = List.copyOf(changes);
	}

	/** The same step with these changes. */
	HistoryEntry withChanges(List<FieldChange> replaced) {
		return new HistoryEntry(this.at, this.actor, this.office, this.account, this.action, replaced, this.reason);
	}

}
