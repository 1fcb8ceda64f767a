package org.twinningregistry.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** A strategy's values as text by field name (the API's names), for the history. */
final class StrategyFields {

	private StrategyFields() {
	}

	static Map<String, @Nullable String> of(StrategyValues v) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("government", v.government().value());
		fields.put("purposes", v.purposes().stream().map(Enum::name).collect(Collectors.joining(";")));
		v.statement().texts().forEach((language, text) -> fields.put("statement." + language, text));
		fields.put("preferredCountries",
				v.preferredCountries().isEmpty() ? null : String.join(";", v.preferredCountries()));
		fields.put("office.name", (v.office() != null) ? v.office().name() : null);
		fields.put("office.email", (v.office() != null) ? v.office().email() : null);
		fields.put("office.url", (v.office() != null) ? v.office().url() : null);
		fields.put("adopted", (v.adopted() != null) ? v.adopted().toString() : null);
		fields.put("reviewBy", (v.reviewBy() != null) ? v.reviewBy().toString() : null);
		return Collections.unmodifiableMap(fields);
	}

}
