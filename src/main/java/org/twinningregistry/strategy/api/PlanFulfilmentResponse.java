package org.twinningregistry.strategy.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.ActivityFulfilment;
import org.twinningregistry.strategy.ActivityState;
import org.twinningregistry.strategy.PlanFulfilment;
import org.twinningregistry.strategy.PlannedActivity;
import org.twinningregistry.strategy.Tally;

/**
 * A plan's fulfilment: every planned activity with its state and the engagement that met
 * it, and {@code planned}, {@code met}, {@code missed}, {@code pending}, {@code rate}
 * (met ÷ (met + missed), {@code null} while nothing is met or missed).
 */
record PlanFulfilmentResponse(String plan, String agreement, int from, int to, LocalDate asOf, int planned, int met,
		int missed, int pending, @Nullable Double rate, List<ActivityStateResponse> activities) {

	static PlanFulfilmentResponse of(PlanFulfilment f) {
		Tally t = f.tally();
		return new PlanFulfilmentResponse(f.plan().id().value(), f.plan().values().agreement().value(),
				f.plan().values().from(), f.plan().values().to(), f.asOf(), t.planned(), t.met(), t.missed(),
				t.pending(), t.rate(), f.activities().stream().map(ActivityStateResponse::of).toList());
	}

	/** A planned activity with its state and the engagement that met it, if any. */
	record ActivityStateResponse(String key, int year, Category category, @Nullable EngagementForm form, String origin,
			String title, ActivityState state, @Nullable EngagementRef engagement) {

		static ActivityStateResponse of(ActivityFulfilment f) {
			PlannedActivity a = f.activity();
			ActivityFulfilment.MetBy by = f.metBy();
			return new ActivityStateResponse(String.valueOf(a.key()), a.year(), a.category(), a.form(), a.origin(),
					a.title(), f.state(), (by != null) ? new EngagementRef(by.id(), by.title(), by.origin()) : null);
		}

	}

	/** The engagement that met an activity. */
	record EngagementRef(String id, String title, String origin) {

	}

}
