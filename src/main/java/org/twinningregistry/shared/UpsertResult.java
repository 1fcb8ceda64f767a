package org.twinningregistry.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a bulk write did with one record: written (created, updated or left unchanged),
 * with what is odd but allowed about it, or refused because its values break rules, in
 * which case nothing of it was written.
 *
 * @param outcome what was done, or {@code null} when refused
 * @param violations the rules broken; empty when written
 * @param warnings what is odd but allowed about a written record; empty when refused
 */
public record UpsertResult(@Nullable UpsertOutcome outcome, List<Violation> violations, List<Violation> warnings) {

	public UpsertResult {
		violations = List.copyOf(violations);
		warnings = List.copyOf(warnings);
		if ((outcome == null) == violations.isEmpty()) {
			throw new IllegalArgumentException("either an outcome or violations");
		}
		if (outcome == null && !warnings.isEmpty()) {
			throw new IllegalArgumentException("warnings only for a record written");
		}
	}

	/** A record written. */
	public static UpsertResult written(UpsertOutcome outcome) {
		return new UpsertResult(outcome, List.of(), List.of());
	}

	/** A record written, with what is odd about it. */
	public static UpsertResult written(UpsertOutcome outcome, List<Violation> warnings) {
		return new UpsertResult(outcome, List.of(), warnings);
	}

	/** A record refused; {@code violations} must not be empty. */
	public static UpsertResult refused(List<Violation> violations) {
		return new UpsertResult(null, violations, List.of());
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
