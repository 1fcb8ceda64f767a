package org.twinningregistry.analytics;

import java.time.LocalDate;
import java.util.List;

import org.twinningregistry.strategy.FulfilmentStatistics;

/**
 * A province's accountability review for a year: which of its governments have a strategy
 * and a plan, their fulfilment and alignment, and the relationships to decide.
 *
 * @param subdivision the province's ISO 3166-2 code
 * @param year the year of the planned activities
 * @param asOf the day dormancy is as of (today)
 * @param window the dormancy window in years, ending with the year of {@code asOf}
 * @param fulfilment the fulfilment figures of the province's governments
 * @param relationships the dormant relationships of its governments, decided or not
 */
public record ProvinceAccountability(String subdivision, int year, LocalDate asOf, int window,
		FulfilmentStatistics fulfilment, List<DormantRelationship> relationships) {

	/** How many relationships are still to decide. */
	public long toDecide() {
		return this.relationships.stream().filter(DormantRelationship::toDecide).count();
	}

}
