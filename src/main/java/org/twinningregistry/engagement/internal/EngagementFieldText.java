package org.twinningregistry.engagement.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.workflow.FieldText;
import org.twinningregistry.workflow.RecordKind;

/**
 * An engagement's fields as its form shows them, for the history and the review queue:
 * codes by their labels, who initiated it and its agreement by the governments' names in
 * the reader's language.
 */
@Component
class EngagementFieldText implements FieldText {

	/** The message prefix of each field holding a code. */
	private static final Map<String, String> CODES = Map.of("category", "enum.Category.", "form",
			"enum.EngagementForm.", "mode", "enum.EngagementMode.", "officialLevel", "enum.OfficialLevel.");

	private final MessageSource messages;

	private final Gazetteer gazetteer;

	private final AgreementRegistry agreements;

	EngagementFieldText(MessageSource messages, Gazetteer gazetteer, AgreementRegistry agreements) {
		this.messages = messages;
		this.gazetteer = gazetteer;
		this.agreements = agreements;
	}

	@Override
	public RecordKind kind() {
		return EngagementLog.RECORDS;
	}

	@Override
	public String shown(String field, String value, Locale locale) {
		if (CODES.containsKey(field)) {
			return this.messages.getMessage(CODES.get(field) + value, null, value, locale);
		}
		if ("origin".equals(field)) {
			return EngagementValues.BOTH.equals(value)
					? this.messages.getMessage("engagement.origin.both", null, value, locale)
					: this.gazetteer.nameOf(value, locale);
		}
		if ("agreement".equals(field) && AgreementId.isValid(value)) {
			return this.agreements.find(new AgreementId(value))
				.map(agreement -> agreementName(agreement, locale))
				.orElse(value);
		}
		return value;
	}

	private String agreementName(AgreementSummary agreement, Locale locale) {
		Map<GovernmentId, GovernmentSummary> parties = this.gazetteer
			.summaries(List.of(agreement.partyA().id(), agreement.partyB().id()));
		String a = name(parties.get(agreement.partyA().id()), agreement.partyA().name(), locale);
		String b = name(parties.get(agreement.partyB().id()), agreement.partyB().name(), locale);
		return this.messages.getMessage("engagement.field.agreement.value", new Object[] { a, b }, locale);
	}

	private static String name(GovernmentSummary government, String otherwise, Locale locale) {
		return (government != null) ? government.name(locale) : otherwise;
	}

}
