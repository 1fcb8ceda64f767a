package org.twinningregistry.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;

/**
 * Everything about a government's strategy that a person enters; the rules
 * ({@code StrategyRules}) check what needs the registry.
 *
 * @param government whose strategy it is (a city, a province or a country's national
 * government)
 * @param purposes what its twinning is for, most important first: the data package's
 * categories, each once
 * @param statement what the strategy says, in English, French and its own language
 * @param preferredCountries ISO 3166-1 codes of the countries it prefers partners in
 * @param office the office that owns international relations, or {@code null}
 * @param adopted the day it was adopted, or {@code null}
 * @param reviewBy the day by which it is to be reviewed, or {@code null}
 */
public record StrategyValues(GovernmentId government, List<Category> purposes, Statement statement,
		List<String> preferredCountries, @Nullable Office office, @Nullable LocalDate adopted,
		@Nullable LocalDate reviewBy) {

	public StrategyValues {
		Objects.requireNonNull(government, "government");
		purposes = List.copyOf(purposes);
		statement = (statement != null) ? statement : Statement.NONE;
		preferredCountries = preferredCountries.stream()
			.map(code -> Objects.requireNonNull(code, "country").strip().toUpperCase(Locale.ROOT))
			.toList();
	}

}
