package org.twinningregistry.strategy.api;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.strategy.StrategyBook;
import org.twinningregistry.strategy.StrategySummary;
import org.twinningregistry.strategy.StrategyValues;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordResponses;

/** Strategies in the workflow's API, as {@link StrategyResponse}s. */
@Component
class StrategyResponses implements RecordResponses {

	private final StrategyBook book;

	StrategyResponses(StrategyBook book) {
		this.book = book;
	}

	@Override
	public RecordKind kind() {
		return StrategyBook.RECORDS;
	}

	@Override
	public Object published(String id) {
		return StrategyResponse.of(this.book.get(new GovernmentId(id)));
	}

	@Override
	public Object proposed(OpenRevision<?> revision) {
		return StrategyResponse.of(StrategySummary.draft(revision.as(StrategyValues.class)));
	}

}
