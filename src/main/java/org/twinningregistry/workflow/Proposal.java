package org.twinningregistry.workflow;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * What a reporter proposes for a record, as the record's facade hands it to the desk.
 *
 * @param values the values to publish on approval (stored as JSON, read back with the
 * same type)
 * @param fields the same values as text by field name, for history and pages
 * @param parties the governments the proposed values concern
 * @param published the published record the proposal changes, {@code null} for a new one
 */
public record Proposal(Object values, Map<String, @Nullable String> fields, Set<GovernmentId> parties,
		@Nullable Published published) {

	/**
	 * The published record a proposal changes.
	 *
	 * @param version its optimistic-lock version
	 * @param fields its values as text
	 * @param parties its governments
	 */
	public record Published(long version, Map<String, @Nullable String> fields, Set<GovernmentId> parties) {

	}

}
