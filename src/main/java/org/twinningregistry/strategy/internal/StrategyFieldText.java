package org.twinningregistry.strategy.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.strategy.StrategyBook;
import org.twinningregistry.workflow.FieldText;
import org.twinningregistry.workflow.RecordKind;

/**
 * A strategy's fields as its form shows them, for the history and the review queue: the
 * purposes by their categories' labels, in order, and the government by its name in the
 * reader's language.
 */
@Component
class StrategyFieldText implements FieldText {

	private final MessageSource messages;

	private final Gazetteer gazetteer;

	StrategyFieldText(MessageSource messages, Gazetteer gazetteer) {
		this.messages = messages;
		this.gazetteer = gazetteer;
	}

	@Override
	public RecordKind kind() {
		return StrategyBook.RECORDS;
	}

	@Override
	public String shown(String field, String value, Locale locale) {
		if ("purposes".equals(field)) {
			return Arrays.stream(value.split(";"))
				.map(code -> this.messages.getMessage("enum.Category." + code, null, code, locale))
				.collect(Collectors.joining(", "));
		}
		if ("government".equals(field)) {
			return this.gazetteer.nameOf(value, locale);
		}
		return value;
	}

}
