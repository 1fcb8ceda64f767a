package org.twinningregistry.api;

import java.util.List;

import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * Query parameters an endpoint cannot use (400), each named with its own violation: an
 * unknown name, paging out of range ({@link QueryParameterCheck}).
 */
class InvalidParametersException extends RuleViolationException {

	InvalidParametersException(List<Violation> violations) {
		super(violations);
	}

}
