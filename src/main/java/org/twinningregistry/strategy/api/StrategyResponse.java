package org.twinningregistry.strategy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Versioned;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.StrategySummary;
import org.twinningregistry.strategy.StrategyValues;
import org.twinningregistry.workflow.RevisionState;

/**
 * A government's strategy as the API shows it. {@code workflowState} is absent for a
 * published strategy; a reporter's write answers with the draft's values, its state and
 * the revision's {@code version}.
 */
record StrategyResponse(String government, List<Category> purposes, Map<String, String> statement,
		List<String> preferredCountries, @Nullable OfficeResponse office, @Nullable LocalDate adopted,
		@Nullable LocalDate reviewBy, long version, @Nullable RevisionState workflowState) implements Versioned {

	static StrategyResponse of(StrategySummary strategy) {
		StrategyValues v = strategy.values();
		Office office = v.office();
		return new StrategyResponse(strategy.government().value(), v.purposes(), v.statement().texts(),
				v.preferredCountries(),
				(office != null) ? new OfficeResponse(office.name(), office.email(), office.url()) : null, v.adopted(),
				v.reviewBy(), strategy.version(), strategy.draft());
	}

	/** The office that owns international relations. */
	record OfficeResponse(String name, @Nullable String email, @Nullable String url) {

	}

}
