package org.twinningregistry.engagement;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;

/**
 * Filters of an engagement list; a {@code null} filter does not restrict. Country filters
 * work as for agreements, on the parties of the agreement an engagement took place under.
 *
 * @param q words that must occur in the title or description, case and accents ignored
 * @param agreement the agreement
 * @param government a party of the agreement
 * @param country ISO 3166-1 code of one party's country
 * @param partnerCountry ISO 3166-1 code of the other party's country
 * @param category what it was about
 * @param form how it was done
 * @param fromYear in or after this year
 * @param toYear in or before this year
 */
public record EngagementCriteria(@Nullable String q, @Nullable AgreementId agreement, @Nullable GovernmentId government,
		@Nullable String country, @Nullable String partnerCountry, @Nullable Category category,
		@Nullable EngagementForm form, @Nullable Integer fromYear, @Nullable Integer toYear) {

	public static EngagementCriteria all() {
		return new EngagementCriteria(null, null, null, null, null, null, null, null, null);
	}

	public static EngagementCriteria ofAgreement(AgreementId agreement) {
		return new EngagementCriteria(null, agreement, null, null, null, null, null, null, null);
	}

	public static EngagementCriteria ofGovernment(GovernmentId government) {
		return new EngagementCriteria(null, null, government, null, null, null, null, null, null);
	}

	/** Whether a filter on the agreement's parties applies. */
	public boolean filtersParties() {
		return this.government != null || this.country != null || this.partnerCountry != null;
	}

}
