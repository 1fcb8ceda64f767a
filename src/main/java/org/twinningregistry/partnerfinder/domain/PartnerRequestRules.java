package org.twinningregistry.partnerfinder.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.partnerfinder.PartnerSize;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;

/**
 * The rules a partner request keeps. Field names are those of the API ({@code purposes},
 * {@code partnerSize.min}, {@code office.email}).
 */
public final class PartnerRequestRules {

	/** Most countries a request seeks partners in. */
	public static final int MAX_COUNTRIES = 50;

	private PartnerRequestRules() {
	}

	/**
	 * Checks the values as written on the day.
	 * @param governmentKnown whether the requesting government is in the gazetteer
	 * @param isCountry whether a code is an ISO 3166-1 country the registry knows
	 * @param today the day of the write: the request must expire after it
	 */
	public static List<Violation> check(PartnerRequestValues v, boolean governmentKnown, Predicate<String> isCountry,
			LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (!governmentKnown) {
			violations
				.add(Violation.of("government", "rule.partner-request.government.unknown", v.government().value()));
		}
		checkCountries(v.seekingCountries(), isCountry, violations);
		checkPurposes(v.purposes(), violations);
		checkSize(v.partnerSize(), violations);
		if (v.level() == GovernmentLevel.NATIONAL) {
			violations.add(Violation.of("level", "rule.partner-request.level"));
		}
		for (String language : v.description().texts().keySet()) {
			if (v.description().texts().get(language).length() > Statement.MAX_TEXT) {
				violations.add(Violation.of("description." + language, "rule.too-long", Statement.MAX_TEXT));
			}
		}
		Office.check(v.office(), "rule.partner-request.office.email", "rule.partner-request.office.url", violations);
		if (!v.expires().isAfter(today)) {
			violations
				.add(Violation.of("expires", "rule.partner-request.expires", v.expires().toString(), today.toString()));
		}
		return violations;
	}

	private static void checkCountries(List<String> countries, Predicate<String> isCountry,
			List<Violation> violations) {
		if (countries.size() > MAX_COUNTRIES) {
			violations.add(Violation.of("seekingCountries", "rule.partner-request.countries.too-many", MAX_COUNTRIES));
		}
		Set<String> seen = new HashSet<>();
		for (String country : countries) {
			if (!isCountry.test(country)) {
				violations.add(Violation.of("seekingCountries", "rule.partner-request.country.unknown", country));
			}
			else if (!seen.add(country)) {
				violations.add(Violation.of("seekingCountries", "rule.partner-request.country.twice", country));
			}
		}
	}

	private static void checkPurposes(List<Category> purposes, List<Violation> violations) {
		if (purposes.isEmpty()) {
			violations.add(Violation.of("purposes", "rule.partner-request.purposes.required"));
		}
		Set<Category> seen = new HashSet<>();
		for (Category purpose : purposes) {
			if (!seen.add(purpose)) {
				violations.add(Violation.of("purposes", "rule.partner-request.purposes.twice", purpose.name()));
			}
		}
	}

	private static void checkSize(PartnerSize size, List<Violation> violations) {
		if (size.min() != null && size.min() <= 0) {
			violations.add(Violation.of("partnerSize.min", "rule.partner-request.size.positive", size.min()));
		}
		if (size.max() != null && size.max() <= 0) {
			violations.add(Violation.of("partnerSize.max", "rule.partner-request.size.positive", size.max()));
		}
		if (size.min() != null && size.max() != null && size.max() > 0 && size.min() > size.max()) {
			violations.add(Violation.of("partnerSize.max", "rule.partner-request.size.order", size.max(), size.min()));
		}
	}

}
