package org.twinningregistry.strategy;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Violation;

/**
 * A {@link Statement} as a form posts it: English, French and the government's own
 * language with its text ({@code <field>.en}, {@code .fr}, {@code .language},
 * {@code .text}), for a strategy's statement and a partner request's description alike.
 */
public record StatementFields(@Nullable String en, @Nullable String fr, @Nullable String language,
		@Nullable String text) {

	/** Every field blank. */
	public static final StatementFields NONE = new StatementFields(null, null, null, null);

	/** The fields of a statement. */
	public static StatementFields of(Statement statement) {
		return new StatementFields(statement.en(), statement.fr(), statement.nativeLanguage(), statement.nativeText());
	}

	/**
	 * The statement given; {@link Statement#NONE} with a violation of
	 * {@code <field>.language} when the language is not a language code.
	 * @param field the form's name for it, e.g. {@code statement}
	 * @param code the message of that violation
	 */
	public Statement statement(String field, String code, List<Violation> violations) {
		try {
			return new Statement(this.en, this.fr, OfficeFields.blank(this.language) ? null : this.language, this.text);
		}
		catch (IllegalArgumentException ex) {
			violations.add(Violation.of(field + ".language", code));
			return Statement.NONE;
		}
	}

}
