package org.twinningregistry.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A plan's values as text by field name, for the history: the agreement, the years, and
 * each activity as one field named by its key ({@code activities.1}).
 */
final class PlanFields {

	private PlanFields() {
	}

	static Map<String, @Nullable String> of(PlanValues v) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("agreement", v.agreement().value());
		fields.put("from", Integer.toString(v.from()));
		fields.put("to", Integer.toString(v.to()));
		for (PlannedActivity a : v.activities()) {
			StringBuilder text = new StringBuilder().append(a.year())
				.append(' ')
				.append(a.category().name())
				.append((a.form() != null) ? " " + a.form().name() : "")
				.append(" by ")
				.append(a.origin())
				.append(": ")
				.append(a.title());
			if (a.participants() != null) {
				text.append(" (").append(a.participants()).append(')');
			}
			if (a.notes() != null) {
				text.append(" — ").append(a.notes());
			}
			fields.put("activities." + a.key(), text.toString());
		}
		return Collections.unmodifiableMap(fields);
	}

}
