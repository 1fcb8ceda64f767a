package org.twinningregistry.agreement;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * Filters of an agreement list; a {@code null} filter does not restrict. With both
 * {@code country} and {@code partnerCountry}, one party lies in each; with one of them,
 * either party lies there.
 *
 * @param q words that must occur in a party's name or the id, case and accents ignored
 * @param country ISO 3166-1 code of one party's country
 * @param partnerCountry ISO 3166-1 code of the other party's country
 * @param subdivision ISO 3166-2 code where one party lies
 * @param government a party
 * @param type SISTER, FRIENDSHIP or COOPERATION
 * @param status ACTIVE, SUSPENDED or ENDED
 * @param fromYear signed in or after this year
 * @param toYear signed in or before this year
 */
public record AgreementCriteria(@Nullable String q, @Nullable String country, @Nullable String partnerCountry,
		@Nullable String subdivision, @Nullable GovernmentId government, @Nullable AgreementType type,
		@Nullable AgreementStatus status, @Nullable Integer fromYear, @Nullable Integer toYear) {

	public static AgreementCriteria all() {
		return new AgreementCriteria(null, null, null, null, null, null, null, null, null);
	}

	public static AgreementCriteria ofGovernment(GovernmentId government) {
		return new AgreementCriteria(null, null, null, null, government, null, null, null, null);
	}

}
