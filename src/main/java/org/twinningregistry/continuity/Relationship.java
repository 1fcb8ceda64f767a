package org.twinningregistry.continuity;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementSummary;

/**
 * A current relationship of a government, as its brief shows it.
 *
 * @param partner the other government
 * @param partnerCountry the partner's country, named in the reader's language
 * @param agreements its current agreements, by signing date
 * @param active whether it had a substantive engagement in the last five years (the
 * statistics' definition); dormant otherwise
 * @param lastEngagementYear the last year with a substantive engagement, if any
 * @param engagements its engagements of the last five years, latest first, under any
 * agreement between the two (a superseded one's included)
 */
public record Relationship(AgreementParty partner, String partnerCountry, List<AgreementSummary> agreements,
		boolean active, @Nullable Integer lastEngagementYear, List<EngagementLine> engagements) {

	public Relationship {
		agreements = List.copyOf(agreements);
		engagements = List.copyOf(engagements);
	}

}
