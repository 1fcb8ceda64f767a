package org.twinningregistry.partnerfinder.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.workflow.FieldText;
import org.twinningregistry.workflow.RecordKind;

/**
 * A partner request's fields as its form shows them, for the history and the review
 * queue: purposes by their categories' labels, countries by their names, the level by its
 * label and the government by its name, in the reader's language.
 */
@Component
class PartnerRequestFieldText implements FieldText {

	private final MessageSource messages;

	private final Gazetteer gazetteer;

	PartnerRequestFieldText(MessageSource messages, Gazetteer gazetteer) {
		this.messages = messages;
		this.gazetteer = gazetteer;
	}

	@Override
	public RecordKind kind() {
		return SeekingList.RECORDS;
	}

	@Override
	public String shown(String field, String value, Locale locale) {
		return switch (field) {
			case "purposes" -> Arrays.stream(value.split(";"))
				.map(code -> this.messages.getMessage("enum.Category." + code, null, code, locale))
				.collect(Collectors.joining(", "));
			case "seekingCountries" -> Arrays.stream(value.split(";"))
				.map(code -> this.gazetteer.countryName(code, locale))
				.collect(Collectors.joining(", "));
			case "level" -> this.messages.getMessage("enum.GovernmentLevel." + value, null, value, locale);
			case "government" -> government(value, locale);
			default -> value;
		};
	}

	private String government(String value, Locale locale) {
		return this.gazetteer.nameOf(value, locale);
	}

}
