package org.twinningregistry.strategy.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.Alignment;
import org.twinningregistry.strategy.FulfilmentStatistics;
import org.twinningregistry.strategy.GovernmentFulfilment;
import org.twinningregistry.strategy.Tally;

/**
 * The fulfilment figures of a scope for a year: per government whether it has a strategy
 * and a current plan, its planned activities met, missed and pending, its rate and
 * alignment; and the totals.
 */
record FulfilmentStatisticsResponse(String scope, int year, LocalDate asOf, int alignmentFrom, int alignmentTo,
		List<GovernmentResponse> governments, TotalsResponse totals) {

	static FulfilmentStatisticsResponse of(FulfilmentStatistics s) {
		FulfilmentStatistics.Totals t = s.totals();
		return new FulfilmentStatisticsResponse(s.scope(), s.year(), s.asOf(), s.alignmentFrom(), s.year(),
				s.governments().stream().map(GovernmentResponse::of).toList(),
				new TotalsResponse(t.governments(), t.withStrategy(), t.withCurrentPlan(), t.tally().planned(),
						t.tally().met(), t.tally().missed(), t.tally().pending(), t.tally().rate(), t.engagements(),
						t.aligned(), t.alignment()));
	}

	/** One government's figures. */
	record GovernmentResponse(String government, String name, String subdivision, boolean hasStrategy,
			boolean hasCurrentPlan, int planned, int met, int missed, int pending, @Nullable Double rate,
			AlignmentResponse alignment) {

		static GovernmentResponse of(GovernmentFulfilment g) {
			Tally t = g.tally();
			return new GovernmentResponse(g.government().value(), g.name(), g.subdivision(), g.hasStrategy(),
					g.hasCurrentPlan(), t.planned(), t.met(), t.missed(), t.pending(), t.rate(),
					AlignmentResponse.of(g.alignment()));
		}

	}

	/**
	 * A government's alignment: whose purposes ({@code purposesOf}), the substantive
	 * engagements, how many served a purpose, their share, and per purpose.
	 */
	record AlignmentResponse(@Nullable String purposesOf, List<Category> purposes, int engagements, int aligned,
			@Nullable Double share, List<PurposeResponse> byPurpose) {

		static AlignmentResponse of(Alignment a) {
			return new AlignmentResponse((a.purposesOf() != null) ? a.purposesOf().value() : null, a.purposes(),
					a.engagements(), a.aligned(), a.share(),
					a.byPurpose().stream().map(p -> new PurposeResponse(p.purpose(), p.engagements())).toList());
		}

	}

	/** How many engagements served a purpose. */
	record PurposeResponse(Category purpose, int engagements) {

	}

	/** The governments' figures added up. */
	record TotalsResponse(int governments, int withStrategy, int withCurrentPlan, int planned, int met, int missed,
			int pending, @Nullable Double rate, int engagements, int aligned, @Nullable Double alignment) {

	}

}
