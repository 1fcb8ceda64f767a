package org.twinningregistry.reporting.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.shared.BadRequestException;

/**
 * Where a reporting figure or list looks: a country (ISO 3166-1, e.g. {@code CA}) or one
 * of its subdivisions (ISO 3166-2, e.g. {@code CA-BC}).
 *
 * @param country the country code
 * @param subdivision the subdivision code, or {@code null} for the whole country
 */
public record Jurisdiction(String country, @Nullable String subdivision) {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

	/**
	 * The scope a request names.
	 * @throws BadRequestException naming {@code scope} if it is blank, not shaped like a
	 * country or subdivision code, or shaped like one the registry does not know (400: a
	 * query parameter naming nothing, not a missing record)
	 */
	public static Jurisdiction parse(@Nullable String scope, Gazetteer gazetteer) {
		if (scope == null || scope.isBlank()) {
			throw new BadRequestException("scope", "error.reporting.scope.missing");
		}
		String code = scope.strip().toUpperCase(Locale.ROOT);
		if (COUNTRY.matcher(code).matches()) {
			if (!gazetteer.isCountry(code)) {
				throw new BadRequestException("scope", "error.reporting.scope.unknown", code);
			}
			return new Jurisdiction(code, null);
		}
		if (SUBDIVISION.matcher(code).matches()) {
			String country = code.substring(0, 2);
			if (!gazetteer.isCountry(country) || !gazetteer.subdivisions(country, Locale.ENGLISH).containsKey(code)) {
				throw new BadRequestException("scope", "error.reporting.scope.unknown", code);
			}
			return new Jurisdiction(country, code);
		}
		throw new BadRequestException("scope", "error.reporting.scope.format", scope);
	}

	/** The code of the scope: the subdivision's, else the country's. */
	public String code() {
		return (this.subdivision != null) ? this.subdivision : this.country;
	}

	/** Whether a government of this country and subdivision lies within. */
	public boolean contains(String governmentCountry, String governmentSubdivision) {
		return this.country.equals(governmentCountry)
				&& (this.subdivision == null || this.subdivision.equalsIgnoreCase(governmentSubdivision));
	}

}
