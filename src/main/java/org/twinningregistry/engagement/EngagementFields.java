package org.twinningregistry.engagement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An engagement's values as text by field name (the API's names), for the history. */
final class EngagementFields {

	private EngagementFields() {
	}

	static Map<String, @Nullable String> of(EngagementValues v) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("agreement", v.agreement().value());
		fields.put("year", Integer.toString(v.year()));
		fields.put("date", text(v.date()));
		fields.put("endDate", text(v.endDate()));
		fields.put("category", v.category().name());
		fields.put("origin", v.origin());
		fields.put("form", text(v.form()));
		fields.put("mode", v.mode().name());
		fields.put("participants", text(v.participants()));
		fields.put("officialLevel", text(v.officialLevel()));
		fields.put("cost", (v.cost() != null) ? v.cost().toPlainString() : null);
		fields.put("currency", v.currency());
		fields.put("title", v.title());
		fields.put("description", v.description());
		fields.put("source", v.source());
		return Collections.unmodifiableMap(fields);
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

}
