package org.twinningregistry.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Category;

/** An agreement's values as text by field name (the API's names), for the history. */
final class AgreementFields {

	private AgreementFields() {
	}

	static Map<String, @Nullable String> of(AgreementValues v) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("partyA", v.partyA().value());
		fields.put("partyB", v.partyB().value());
		fields.put("type", v.type().name());
		fields.put("signed", v.signed().toString());
		fields.put("status", v.status().name());
		fields.put("ended", text(v.ended()));
		fields.put("termEnds", text(v.termEnds()));
		fields.put("renewed", text(v.renewed()));
		fields.put("councilResolution", v.councilResolution());
		fields.put("supersedes", text(v.supersedes()));
		fields.put("purposes", v.purposes().isEmpty() ? null
				: v.purposes().stream().map(Category::name).collect(Collectors.joining(",")));
		fields.put("source", v.source());
		fields.put("notes", v.notes());
		return Collections.unmodifiableMap(fields);
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

}
