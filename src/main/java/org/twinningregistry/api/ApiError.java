package org.twinningregistry.api;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a problem's {@code errors} list: one invalid field.
 *
 * @param field the field (or query parameter) at fault, {@code null} for the record as a
 * whole
 * @param code stable message code
 * @param message what is wrong, in words
 * @param value the rejected value, where there is one
 */
public record ApiError(@Nullable String field, String code, String message, @Nullable Object value) {

}
