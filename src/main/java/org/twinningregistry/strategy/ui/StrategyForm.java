package org.twinningregistry.strategy.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StrategySummary;
import org.twinningregistry.strategy.StrategyValues;

/**
 * What the strategy form posts. Field names are those of the API: {@code purposes} in
 * order of importance (blank choices left out), {@code statement.en},
 * {@code office.name}…; preferred countries as codes separated by spaces or commas.
 *
 * @param version the version the edit started from, {@code null} for a new strategy
 */
record StrategyForm(@Nullable List<@Nullable Category> purposes, @Nullable StatementForm statement,
		@Nullable String preferredCountries, @Nullable OfficeForm office, @Nullable String adopted,
		@Nullable String reviewBy, @Nullable Long version) {

	/** How many purposes the form offers to rank. */
	static final int PURPOSES = 6;

	private static final String DATE = "rule.strategy.date.format";

	/** Fills what a post left out, so that the form can be shown again as posted. */
	StrategyForm {
		purposes = padded((purposes != null) ? purposes : List.of());
		statement = (statement != null) ? statement : new StatementForm(null, null, null, null);
		office = (office != null) ? office : new OfficeForm(null, null, null);
	}

	static StrategyForm empty() {
		return new StrategyForm(padded(List.of()), new StatementForm(null, null, null, null), null,
				new OfficeForm(null, null, null), null, null, null);
	}

	static StrategyForm of(StrategySummary strategy) {
		StrategyValues v = strategy.values();
		Statement s = v.statement();
		Office o = v.office();
		return new StrategyForm(padded(v.purposes()),
				new StatementForm(s.en(), s.fr(), s.nativeLanguage(), s.nativeText()),
				String.join(" ", v.preferredCountries()),
				(o != null) ? new OfficeForm(o.name(), o.email(), o.url()) : new OfficeForm(null, null, null),
				text(v.adopted()), text(v.reviewBy()), strategy.version());
	}

	/**
	 * The values to store.
	 * @throws RuleViolationException if a date or the statement's language is malformed
	 */
	StrategyValues values(GovernmentId government) {
		List<Violation> violations = new ArrayList<>();
		LocalDate adoptedOn = FormErrors.parse("adopted", this.adopted, StrategyForm::date, DATE, violations);
		LocalDate reviewOn = FormErrors.parse("reviewBy", this.reviewBy, StrategyForm::date, DATE, violations);
		StatementForm s = (this.statement != null) ? this.statement : new StatementForm(null, null, null, null);
		Statement text = Statement.NONE;
		try {
			text = new Statement(s.en(), s.fr(), isBlank(s.language()) ? null : s.language(), s.text());
		}
		catch (IllegalArgumentException ex) {
			violations.add(Violation.of("statement.language", "rule.strategy.statement.language"));
		}
		RuleViolationException.throwIfAny(violations);
		OfficeForm o = this.office;
		Office given = (o == null || isBlank(o.name()) && isBlank(o.email()) && isBlank(o.url())) ? null
				: new Office(String.valueOf(Objects.requireNonNullElse(o.name(), "")), o.email(), o.url());
		List<Category> ranked = (this.purposes != null) ? this.purposes.stream().filter(Objects::nonNull).toList()
				: List.of();
		List<String> countries = (this.preferredCountries == null) ? List.of()
				: Arrays.stream(this.preferredCountries.split("[\\s,;]+")).filter(c -> !c.isBlank()).toList();
		return new StrategyValues(government, ranked, text, countries, given, adoptedOn, reviewOn);
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

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String text(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	/** The statement's texts: English, French and the government's own language. */
	record StatementForm(@Nullable String en, @Nullable String fr, @Nullable String language, @Nullable String text) {

	}

	/** The office that owns international relations. */
	record OfficeForm(@Nullable String name, @Nullable String email, @Nullable String url) {

	}

}
