package org.twinningregistry.workflow;

import java.util.Locale;

/**
 * How a reviewed kind's field values are shown on pages, implemented by the module that
 * owns the kind (as {@link ReviewedKind} is): the stored text of a field (a code, an id)
 * as its form shows it, in the reader's language (the code's label, the government's
 * name). The history and the review queue use it; the API keeps the stored text.
 */
public interface FieldText {

	/** The kind whose fields it shows. */
	RecordKind kind();

	/**
	 * The value as the kind's pages show it, or the value itself when it is shown as
	 * stored (a title, a date).
	 * @param field the field's name as the API spells it
	 * @param value the stored text, never {@code null}
	 */
	String shown(String field, String value, Locale locale);

}
