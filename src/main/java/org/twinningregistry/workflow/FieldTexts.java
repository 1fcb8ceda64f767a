package org.twinningregistry.workflow;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;

/**
 * A reviewed record's fields as pages show them, in the request's language: the label its
 * form gives the field ({@code <kind>.field.<field>}, e.g. "Highest office") and the
 * value as the kind's {@link FieldText} shows it ("Head of government" for {@code HEAD}).
 * Templates reach it as {@code @fieldTexts}.
 */
@Component("fieldTexts")
public class FieldTexts {

	/** What a page shows for no value. */
	public static final String NONE = "–";

	/** The field of a confirmation's history entry: the government it was given for. */
	private static final String CONFIRMED_BY = "confirmedBy";

	private final MessageSource messages;

	private final List<FieldText> texts;

	private final Gazetteer gazetteer;

	FieldTexts(MessageSource messages, List<FieldText> texts, Gazetteer gazetteer) {
		this.messages = messages;
		this.texts = List.copyOf(texts);
		this.gazetteer = gazetteer;
	}

	/**
	 * The field's label on the kind's form ({@code <kind>.field.<field>}), else the
	 * workflow's own ({@code workflow.field.<field>}), else, for one of a list's entries
	 * named by its key ({@code activities.3}), the list's label, else its name.
	 */
	public String label(String kind, String field) {
		Locale locale = locale();
		int dot = field.indexOf('.');
		String list = (dot > 0)
				? this.messages.getMessage(kind + ".field." + field.substring(0, dot), null, field, locale) : field;
		String workflow = this.messages.getMessage("workflow.field." + field, null, list, locale);
		return this.messages.getMessage(kind + ".field." + field, null, workflow, locale);
	}

	/** A government's name in the reader's language, or the id when it is unknown. */
	public String government(String id) {
		return this.gazetteer.nameOf(id, locale());
	}

	/** The value as the kind's pages show it; {@value #NONE} for none. */
	public String value(String kind, String field, @Nullable String value) {
		if (value == null || value.isEmpty()) {
			return NONE;
		}
		if (CONFIRMED_BY.equals(field)) {
			return government(value);
		}
		Locale locale = locale();
		return this.texts.stream()
			.filter(text -> text.kind().key().equals(kind))
			.findFirst()
			.map(text -> text.shown(field, value, locale))
			.orElse(value);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
