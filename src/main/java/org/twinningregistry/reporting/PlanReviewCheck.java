package org.twinningregistry.reporting;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.domain.PlanReviewRules;
import org.twinningregistry.strategy.ActivityState;
import org.twinningregistry.strategy.Fulfilment;
import org.twinningregistry.strategy.GovernmentFulfilment;

/**
 * The plan review of a report: the planned activities of the year the government was to
 * initiate, alone or jointly, that were missed (as the strategy module's fulfilment says
 * today), each with the reason the report gives ({@link PlanReviewRules}).
 */
@Component
class PlanReviewCheck {

	private final Fulfilment fulfilment;

	PlanReviewCheck(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	/**
	 * The plan review to store.
	 * @throws org.twinningregistry.shared.RuleViolationException if a reason is missing
	 * or names nothing missed
	 */
	List<PlanReview> review(GovernmentId government, int year, List<MissReason> reasons) {
		return PlanReviewRules.review(missed(this.fulfilment.ofGovernment(government, year)), reasons);
	}

	/** The government's figures for the year. */
	GovernmentFulfilment figures(GovernmentId government, int year) {
		return this.fulfilment.ofGovernment(government, year);
	}

	/** The activities of a government's figures that were missed. */
	static List<PlanReviewRules.Missed> missed(GovernmentFulfilment figures) {
		return figures.activities()
			.stream()
			.filter(a -> a.state() == ActivityState.MISSED)
			.map(a -> new PlanReviewRules.Missed(a.plan().value(), String.valueOf(a.activity().key()),
					a.activity().year(), a.activity().category(), a.activity().title()))
			.toList();
	}

}
