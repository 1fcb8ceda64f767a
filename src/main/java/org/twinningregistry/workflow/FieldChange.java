package org.twinningregistry.workflow;

import org.jspecify.annotations.Nullable;

/**
 * One field's change, as text (dates with their precision, ids, enum names).
 *
 * @param field the field's name as the API spells it
 * @param from the value before, {@code null} when there was none
 * @param to the value after, {@code null} when removed
 */
public record FieldChange(String field, @Nullable String from, @Nullable String to) {

}
