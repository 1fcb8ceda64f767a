package org.twinningregistry.partnerfinder;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;

/**
 * Everything about a partner request that a person enters; the rules
 * ({@code PartnerRequestRules}) check what needs the registry and the day.
 *
 * @param government who seeks partners
 * @param seekingCountries ISO 3166-1 codes of the countries it seeks partners in; empty
 * for anywhere
 * @param purposes what the partnership is to be about: the data package's categories, at
 * least one, each once
 * @param partnerSize the population of partner sought ({@link PartnerSize#ANY} for any)
 * @param level {@code REGIONAL} or {@code LOCAL}, or {@code null} for either
 * @param description what it seeks, in English, French and its own language
 * @param office the office to contact, or {@code null}
 * @param expires the day after which the request leaves the public list
 */
public record PartnerRequestValues(GovernmentId government, List<String> seekingCountries, List<Category> purposes,
		PartnerSize partnerSize, @Nullable GovernmentLevel level, Statement description, @Nullable Office office,
		LocalDate expires) {

	public PartnerRequestValues {
		Objects.requireNonNull(government, "government");
		Objects.requireNonNull(expires, "expires");
		seekingCountries = (seekingCountries != null) ? seekingCountries.stream()
			.map(code -> Objects.requireNonNull(code, "country").strip().toUpperCase(Locale.ROOT))
			.toList() : List.of();
		purposes = (purposes != null) ? List.copyOf(purposes) : List.of();
		partnerSize = (partnerSize != null) ? partnerSize : PartnerSize.ANY;
		description = (description != null) ? description : Statement.NONE;
	}

	/** Whether it seeks partners in the country: it names it, or seeks anywhere. */
	public boolean seeks(String country) {
		return this.seekingCountries.isEmpty() || this.seekingCountries.contains(country);
	}

	/** Whether it is still on the public list on the day (its last day is the expiry). */
	public boolean activeOn(LocalDate day) {
		return !day.isAfter(this.expires);
	}

}
