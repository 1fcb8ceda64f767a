package org.twinningregistry.strategy.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.OfficeFields;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StatementFields;
import org.twinningregistry.strategy.StrategySummary;
import org.twinningregistry.strategy.StrategyValues;

/**
 * What the strategy form posts. Field names are those of the API: {@code purposes} in
 * order of importance (blank choices left out), {@code statement.en},
 * {@code office.name}…; preferred countries as codes separated by spaces or commas.
 *
 * @param version the version the edit started from, {@code null} for a new strategy
 */
record StrategyForm(@Nullable List<@Nullable Category> purposes, @Nullable StatementFields statement,
		@Nullable String preferredCountries, @Nullable OfficeFields office, @Nullable String adopted,
		@Nullable String reviewBy, @Nullable Long version) {

	/** How many purposes the form offers to rank. */
	static final int PURPOSES = 6;

	private static final String DATE = "rule.strategy.date.format";

	/** Fills what a post left out, so that the form can be shown again as posted. */
	StrategyForm {
		purposes = padded((purposes != null) ? purposes : List.of());
		statement = (statement != null) ? statement : StatementFields.NONE;
		office = (office != null) ? office : OfficeFields.NONE;
	}

	static StrategyForm empty() {
		return new StrategyForm(padded(List.of()), StatementFields.NONE, null, OfficeFields.NONE, null, null, null);
	}

	static StrategyForm of(StrategySummary strategy) {
		StrategyValues v = strategy.values();
		return new StrategyForm(padded(v.purposes()), StatementFields.of(v.statement()),
				String.join(" ", v.preferredCountries()), OfficeFields.of(v.office()), text(v.adopted()),
				text(v.reviewBy()), strategy.version());
	}

	/**
	 * The values to store.
	 * @throws RuleViolationException if a date or the statement's language is malformed
	 */
	StrategyValues values(GovernmentId government) {
		List<Violation> violations = new ArrayList<>();
		LocalDate adoptedOn = FormErrors.parse("adopted", this.adopted, StrategyForm::date, DATE, violations);
		LocalDate reviewOn = FormErrors.parse("reviewBy", this.reviewBy, StrategyForm::date, DATE, violations);
		Statement text = Objects.requireNonNull(this.statement)
			.statement("statement", "rule.strategy.statement.language", violations);
		RuleViolationException.throwIfAny(violations);
		List<Category> ranked = (this.purposes != null) ? this.purposes.stream().filter(Objects::nonNull).toList()
				: List.of();
		return new StrategyValues(government, ranked, text, FormErrors.codes(this.preferredCountries),
				Objects.requireNonNull(this.office).office(), adoptedOn, reviewOn);
	}

	long editedVersion() {
		return (this.version != null) ? this.version : -1;
	}

	private static List<@Nullable Category> padded(List<@Nullable Category> purposes) {
		List<@Nullable Category> padded = new ArrayList<>(purposes);
		while (padded.size() < Math.max(PURPOSES, purposes.size())) {
			padded.add(null);
		}
		return padded;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	private static @Nullable String text(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
