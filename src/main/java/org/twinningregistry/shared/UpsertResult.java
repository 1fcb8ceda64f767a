package org.twinningregistry.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a bulk upsert did with one record: written (created, updated or left unchanged),
 * or refused because its values break rules, in which case nothing of it was written.
 *
 * @param outcome what was done, or {@code null} when refused
 * @param violations the rules broken; empty when written
 */
public record UpsertResult(@Nullable UpsertOutcome outcome, List<Violation> violations) {

	public UpsertResult {
		violations = List.copyOf(violations);
		if ((outcome == null) == violations.isEmpty()) {
			throw new IllegalArgumentException("either an outcome or violations");
		}
	}

	/** A record written. */
	public static UpsertResult written(UpsertOutcome outcome) {
		return new UpsertResult(outcome, List.of());
	}

	/** A record refused; {@code violations} must not be empty. */
	public static UpsertResult refused(List<Violation> violations) {
		return new UpsertResult(null, violations);
	}

	/** Whether the record was written (or found unchanged). */
	public boolean isWritten() {
		return this.outcome != null;
	}

	/**
	 * The outcome of a single upsert.
	 * @throws RuleViolationException if the record was refused
	 */
	public UpsertOutcome orThrow() {
		if (this.outcome == null) {
			throw new RuleViolationException(this.violations);
		}
		return this.outcome;
	}

}
