package org.twinningregistry.strategy.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StrategyValues;

/**
 * The rules a strategy keeps. Field names are those of the API ({@code purposes},
 * {@code office.email}).
 */
public final class StrategyRules {

	/** Most purposes a strategy states: every category once. */
	public static final int MAX_PURPOSES = Category.values().length;

	/** Most preferred countries. */
	public static final int MAX_COUNTRIES = 50;

	private StrategyRules() {
	}

	/**
	 * Checks the values.
	 * @param governmentKnown whether the strategy's government is in the gazetteer
	 * @param isCountry whether a code is an ISO 3166-1 country the registry knows
	 */
	public static List<Violation> check(StrategyValues v, boolean governmentKnown, Predicate<String> isCountry) {
		List<Violation> violations = new ArrayList<>();
		if (!governmentKnown) {
			violations.add(Violation.of("government", "rule.strategy.government.unknown", v.government().value()));
		}
		checkPurposes(v.purposes(), violations);
		checkStatement(v.statement(), violations);
		checkCountries(v.preferredCountries(), isCountry, violations);
		Office.check(v.office(), "rule.strategy.office.email", "rule.strategy.office.url", violations);
		if (v.adopted() != null && v.reviewBy() != null && v.reviewBy().isBefore(v.adopted())) {
			violations.add(Violation.of("reviewBy", "rule.strategy.review-before-adopted", v.reviewBy().toString(),
					v.adopted().toString()));
		}
		return violations;
	}

	private static void checkPurposes(List<Category> purposes, List<Violation> violations) {
		if (purposes.isEmpty()) {
			violations.add(Violation.of("purposes", "rule.strategy.purposes.required"));
		}
		Set<Category> seen = new HashSet<>();
		for (Category purpose : purposes) {
			if (!seen.add(purpose)) {
				violations.add(Violation.of("purposes", "rule.strategy.purposes.twice", purpose.name()));
			}
		}
	}

	private static void checkStatement(Statement statement, List<Violation> violations) {
		for (String language : statement.texts().keySet()) {
			if (statement.texts().get(language).length() > Statement.MAX_TEXT) {
				violations.add(Violation.of("statement." + language, "rule.too-long", Statement.MAX_TEXT));
			}
		}
	}

	private static void checkCountries(List<String> countries, Predicate<String> isCountry,
			List<Violation> violations) {
		if (countries.size() > MAX_COUNTRIES) {
			violations.add(Violation.of("preferredCountries", "rule.strategy.countries.too-many", MAX_COUNTRIES));
		}
		Set<String> seen = new HashSet<>();
		for (String country : countries) {
			if (!isCountry.test(country)) {
				violations.add(Violation.of("preferredCountries", "rule.strategy.country.unknown", country));
			}
			else if (!seen.add(country)) {
				violations.add(Violation.of("preferredCountries", "rule.strategy.country.twice", country));
			}
		}
	}

}
