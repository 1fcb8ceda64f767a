package org.twinningregistry.strategy.api;

import org.springframework.stereotype.Component;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanSummary;
import org.twinningregistry.strategy.PlanValues;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordResponses;

/** Plans in the workflow's API, as {@link PlanResponse}s. */
@Component
class PlanResponses implements RecordResponses {

	private final PlanBook book;

	PlanResponses(PlanBook book) {
		this.book = book;
	}

	@Override
	public RecordKind kind() {
		return PlanBook.RECORDS;
	}

	@Override
	public Object published(String id) {
		return PlanResponse.of(this.book.get(new PlanId(id)));
	}

	@Override
	public Object proposed(OpenRevision<?> revision) {
		return PlanResponse.of(PlanSummary.draft(revision.as(PlanValues.class)));
	}

}
