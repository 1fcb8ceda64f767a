package org.twinningregistry.workflow;

/**
 * A record's open revision with its proposed values.
 *
 * @param revision where it stands, who wrote it, why it was returned
 * @param values the proposed values, of the kind's {@link ReviewedKind#valuesType()}
 * @param <V> the kind's values
 */
public record OpenRevision<V>(RevisionSummary revision, V values) {

	/** The same revision with its values as the given type. */
	public <T> OpenRevision<T> as(Class<T> type) {
		return new OpenRevision<>(this.revision, type.cast(this.values));
	}

}
