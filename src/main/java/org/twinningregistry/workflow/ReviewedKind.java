package org.twinningregistry.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * A kind of record that goes through the review workflow, implemented by the module that
 * owns the records as a Spring bean (as {@code GovernmentReferences} is for the
 * gazetteer): the workflow finds every bean of this type and serves each kind with the
 * same steps, pages and API. The kind keeps its published records; the workflow keeps the
 * open revisions beside them, the history and the confirmations.
 *
 * @param <V> the values of a record, as a reporter proposes them (stored as JSON in a
 * revision, read back as this type)
 */
public interface ReviewedKind<V> {

	/** The kind, with its stored key and path segment. */
	RecordKind kind();

	/**
	 * Refuses an id no record of the kind can have (a path's malformed id): the API
	 * answers 400, the pages 404. Accepts every id by default.
	 * @throws IllegalArgumentException if the id is malformed
	 */
	default void requireId(String id) {
	}

	/** The type of the values, to read a revision's values back. */
	Class<V> valuesType();

	/** The published record's values and version, or empty if it is not published. */
	Optional<Published<V>> published(String id);

	/**
	 * The governments the values concern, which decide who may report (draft, submit,
	 * confirm) and review (approve, return) and who publishes directly; empty when they
	 * name none (a record that breaks a rule, left to {@link #check} to report).
	 */
	Set<GovernmentId> parties(V values);

	/**
	 * The values as text by field name, as the API spells them: history diffs and pages.
	 */
	Map<String, @Nullable String> fields(V values);

	/**
	 * Checks the values against every rule of the kind.
	 * @throws org.twinningregistry.shared.RuleViolationException if a value breaks one
	 */
	void check(String id, V values);

	/** Publishes a new record with checked values (and the events the kind publishes). */
	void insert(String id, V values);

	/** Replaces the published record's values with checked ones, flushing the change. */
	void change(String id, V values);

	/**
	 * The id of the history entry of the import that created the record, if one did
	 * ({@link HistoryLog#recordImport}); {@code null} by default.
	 */
	default @Nullable Long importEntry(String id) {
		return null;
	}

	/**
	 * A published record's values.
	 *
	 * @param values its values
	 * @param version its optimistic-lock version
	 * @param <V> the kind's values
	 */
	record Published<V>(V values, long version) {

	}

}
