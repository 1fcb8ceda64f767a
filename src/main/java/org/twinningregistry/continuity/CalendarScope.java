package org.twinningregistry.continuity;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.NotFoundException;

/**
 * Whose dates a calendar holds, as the statistics and reporting name a scope: a country
 * ({@code CA}), a first-level subdivision ({@code CA-BC}) or one government (its id);
 * none for the whole registry. An agreement is in scope when one of its parties is.
 *
 * @param code the scope as given, upper-cased for a country or subdivision; {@code null}
 * for the whole registry
 * @param country the country, for a country or subdivision scope
 * @param subdivision the subdivision, for a subdivision scope
 * @param government the government, for a government scope
 */
public record CalendarScope(@Nullable String code, @Nullable String country, @Nullable String subdivision,
		@Nullable GovernmentId government) {

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

	private static final Pattern SUBDIVISION = Pattern.compile("[A-Za-z]{2}-[A-Za-z0-9]{1,3}");

	/** The whole registry. */
	public static final CalendarScope EVERYWHERE = new CalendarScope(null, null, null, null);

	/** One government's dates. */
	public static CalendarScope of(GovernmentId government) {
		return new CalendarScope(government.value(), null, null, government);
	}

	/**
	 * The scope a request names: a country or subdivision code the registry knows, else a
	 * government of the gazetteer; blank for the whole registry.
	 * @throws NotFoundException if it is none of these
	 * @throws BadRequestException if it cannot be a government id either
	 */
	public static CalendarScope parse(@Nullable String scope, Gazetteer gazetteer) {
		if (scope == null || scope.isBlank()) {
			return EVERYWHERE;
		}
		String given = scope.strip();
		String code = given.toUpperCase(Locale.ROOT);
		if (COUNTRY.matcher(given).matches() && gazetteer.isCountry(code)) {
			return new CalendarScope(code, code, null, null);
		}
		if (SUBDIVISION.matcher(given).matches() && gazetteer.isCountry(code.substring(0, 2))
				&& gazetteer.subdivisions(code.substring(0, 2), Locale.ENGLISH).containsKey(code)) {
			return new CalendarScope(code, code.substring(0, 2), code, null);
		}
		if (!GovernmentId.isValid(given)) {
			throw new BadRequestException("scope", "error.calendar.scope", given);
		}
		GovernmentId government = new GovernmentId(given);
		gazetteer.get(government);
		return of(government);
	}

	/** The agreements in scope, as the agreement registry filters them. */
	public AgreementCriteria criteria() {
		return new AgreementCriteria(null, (this.subdivision == null) ? this.country : null, null, this.subdivision,
				this.government, null, null, null, null);
	}

	/** Whether a party of an agreement lies in scope. */
	public boolean contains(AgreementParty party) {
		if (this.government != null) {
			return this.government.equals(party.id());
		}
		if (this.subdivision != null) {
			return this.subdivision.equalsIgnoreCase(party.subdivision());
		}
		return this.country == null || this.country.equalsIgnoreCase(party.country());
	}

}
