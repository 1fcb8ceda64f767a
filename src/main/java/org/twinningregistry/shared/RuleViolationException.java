package org.twinningregistry.shared;

import java.util.List;

/**
 * The input breaks one or more business rules (422). Each {@link Violation} names its
 * field where one field is to blame, so that forms show it beside the field and the API
 * lists it.
 */
public class RuleViolationException extends RegistryException {

	private final List<Violation> violations;

	public RuleViolationException(List<Violation> violations) {
		super("error.rule-violation", violations.size());
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("a rule violation needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public RuleViolationException(Violation violation) {
		this(List.of(violation));
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/** Throws when the list is not empty. */
	public static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

}
