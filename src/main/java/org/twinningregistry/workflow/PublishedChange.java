package org.twinningregistry.workflow;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One published change of a bulk write, for the history: the record, what was done, and
 * its values by field before (empty for a new record) and after.
 *
 * @param id the record's id
 * @param action what was done
 * @param before the values before, by field
 * @param after the values after, by field
 */
public record PublishedChange(String id, HistoryAction action, Map<String, @Nullable String> before,
		Map<String, @Nullable String> after) {

}
