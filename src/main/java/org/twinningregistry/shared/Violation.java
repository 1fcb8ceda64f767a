package org.twinningregistry.shared;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule, attached to a field where one field is to blame.
 *
 * @param field the field, in camelCase as in the API ({@code partyB}, {@code termEnds}),
 * or {@code null} for a rule about the record as a whole
 * @param code the message code, resolved from the {@code messages} bundles
 * @param arguments the message arguments
 */
public record Violation(@Nullable String field, String code, List<Object> arguments) {

	public Violation {
		arguments = List.copyOf(arguments);
	}

	public static Violation of(@Nullable String field, String code, Object... arguments) {
		return new Violation(field, code, Arrays.asList(arguments));
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
