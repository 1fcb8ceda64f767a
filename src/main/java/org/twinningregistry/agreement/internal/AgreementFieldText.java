package org.twinningregistry.agreement.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.workflow.FieldText;
import org.twinningregistry.workflow.RecordKind;

/**
 * An agreement's fields as its form shows them, for the history and the review queue:
 * codes by their labels, the parties by their names in the reader's language.
 */
@Component
class AgreementFieldText implements FieldText {

	/** The message prefix of each field holding a code. */
	private static final Map<String, String> CODES = Map.of("type", "enum.AgreementType.", "status",
			"enum.AgreementStatus.");

	private final MessageSource messages;

	private final Gazetteer gazetteer;

	AgreementFieldText(MessageSource messages, Gazetteer gazetteer) {
		this.messages = messages;
		this.gazetteer = gazetteer;
	}

	@Override
	public RecordKind kind() {
		return AgreementRegistry.RECORDS;
	}

	@Override
	public String shown(String field, String value, Locale locale) {
		if (CODES.containsKey(field)) {
			return label(CODES.get(field) + value, value, locale);
		}
		if ("purposes".equals(field)) {
			return Arrays.stream(value.split(","))
				.map(code -> label("enum.Category." + code, code, locale))
				.collect(Collectors.joining(", "));
		}
		if ("partyA".equals(field) || "partyB".equals(field)) {
			return this.gazetteer.nameOf(value, locale);
		}
		return value;
	}

	private String label(String key, String otherwise, Locale locale) {
		return this.messages.getMessage(key, null, otherwise, locale);
	}

}
