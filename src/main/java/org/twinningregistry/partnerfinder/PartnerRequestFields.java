package org.twinningregistry.partnerfinder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.strategy.Office;

/**
 * A partner request's values as text by field name (the API's names), for the history.
 */
final class PartnerRequestFields {

	private PartnerRequestFields() {
	}

	static Map<String, @Nullable String> of(PartnerRequestValues v) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("government", v.government().value());
		fields.put("seekingCountries", v.seekingCountries().isEmpty() ? null : String.join(";", v.seekingCountries()));
		fields.put("purposes", v.purposes().stream().map(Enum::name).collect(Collectors.joining(";")));
		fields.put("partnerSize.min", text(v.partnerSize().min()));
		fields.put("partnerSize.max", text(v.partnerSize().max()));
		fields.put("level", (v.level() != null) ? v.level().name() : null);
		v.description().texts().forEach((language, text) -> fields.put("description." + language, text));
		Office office = v.office();
		fields.put("office.name", (office != null) ? office.name() : null);
		fields.put("office.email", (office != null) ? office.email() : null);
		fields.put("office.url", (office != null) ? office.url() : null);
		fields.put("expires", v.expires().toString());
		return Collections.unmodifiableMap(fields);
	}

	private static @Nullable String text(@Nullable Long number) {
		return (number != null) ? number.toString() : null;
	}

}
