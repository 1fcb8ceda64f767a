package org.twinningregistry.partnerfinder.internal;

import java.util.List;

import org.twinningregistry.partnerfinder.SuggestionComponent;

/**
 * One component of a score, with the message that explains it.
 *
 * @param component which component
 * @param points what it adds (negative: takes)
 * @param code the message code of its sentence
 * @param arguments the message's arguments
 */
public record ScorePart(SuggestionComponent component, double points, String code, List<Object> arguments) {

	public ScorePart {
		arguments = List.copyOf(arguments);
	}

	static ScorePart of(SuggestionComponent component, double points, String code, Object... arguments) {
		return new ScorePart(component, points, "partnerfinder.suggestions.reason." + code, List.of(arguments));
	}

}
