package org.twinningregistry.strategy.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.NotFoundException;

/**
 * Whose figures: the governments of a country ({@code CA}), of a subdivision
 * ({@code CA-BC}), or one government (its id), as SQL conditions on the government table
 * ({@code g}) and on the parties of the agreement table ({@code a}), with the parameter
 * {@code :scope}.
 *
 * @param kind what the scope names
 * @param code the country or subdivision code, or the government's id
 * @param country the country of the scope
 */
public record FulfilmentScope(Kind kind, String code, String country) {

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

	private static final Pattern SUBDIVISION = Pattern.compile("[A-Za-z]{2}-[A-Za-z0-9]{1,3}");

	/**
	 * The scope a parameter names: two letters a country, a code like {@code CA-BC} a
	 * subdivision, anything else a government's id.
	 * @throws BadRequestException if it is blank, or a code the registry does not know
	 * @throws NotFoundException if it names no government
	 */
	public static FulfilmentScope parse(String given, Gazetteer gazetteer) {
		String text = (given == null) ? "" : given.strip();
		if (text.isEmpty()) {
			throw new BadRequestException("scope", "error.fulfilment.scope.missing");
		}
		if (COUNTRY.matcher(text).matches()) {
			String code = text.toUpperCase(Locale.ROOT);
			if (!gazetteer.isCountry(code)) {
				throw new BadRequestException("scope", "error.fulfilment.scope.unknown", text);
			}
			return new FulfilmentScope(Kind.COUNTRY, code, code);
		}
		if (SUBDIVISION.matcher(text).matches()) {
			String code = text.toUpperCase(Locale.ROOT);
			String country = code.substring(0, 2);
			if (!gazetteer.isCountry(country) || !gazetteer.subdivisions(country, Locale.ENGLISH).containsKey(code)) {
				throw new BadRequestException("scope", "error.fulfilment.scope.unknown", text);
			}
			return new FulfilmentScope(Kind.SUBDIVISION, code, country);
		}
		if (!GovernmentId.isValid(text)) {
			throw new BadRequestException("scope", "error.fulfilment.scope.unknown", text);
		}
		GovernmentId id = new GovernmentId(text);
		String country = gazetteer.get(id).values().country();
		return new FulfilmentScope(Kind.GOVERNMENT, id.value(), country);
	}

	/**
	 * One government, whatever its id looks like (a first-level government's id may read
	 * as a subdivision code, {@code CA-BC}).
	 * @throws NotFoundException if there is no such government
	 */
	public static FulfilmentScope government(GovernmentId id, Gazetteer gazetteer) {
		return new FulfilmentScope(Kind.GOVERNMENT, id.value(), gazetteer.get(id).values().country());
	}

	/** The scope as a condition on the government table {@code g}. */
	String governments() {
		return switch (this.kind) {
			case COUNTRY -> "g.country = :scope";
			case SUBDIVISION -> "g.subdivision = :scope";
			case GOVERNMENT -> "g.id = :scope";
		};
	}

	/** Agreements with a party in the scope, as a condition on {@code a}. */
	String agreements() {
		return switch (this.kind) {
			case COUNTRY -> "(a.party_a_country = :scope OR a.party_b_country = :scope)";
			case SUBDIVISION -> "(a.party_a_subdivision = :scope OR a.party_b_subdivision = :scope)";
			case GOVERNMENT -> "(a.party_a = :scope OR a.party_b = :scope)";
		};
	}

	/** What a scope names. */
	public enum Kind {

		/** The governments of a country. */
		COUNTRY,
		/** The governments of a first-level subdivision (the province's own included). */
		SUBDIVISION,
		/** One government. */
		GOVERNMENT

	}

}
