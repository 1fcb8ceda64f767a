package org.twinningregistry.engagement.api;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.Versioned;
import org.twinningregistry.workflow.RevisionState;

/**
 * An engagement as the API shows it; {@code substantive} is false for correspondence
 * only. {@code workflowState} is absent for a published engagement; a reporter's write
 * answers with the draft's values, its state and the revision's {@code version}.
 */
record EngagementResponse(String id, String agreement, int year, @Nullable String date, @Nullable String endDate,
		Category category, String origin, @Nullable EngagementForm form, EngagementMode mode,
		@Nullable Integer participants, @Nullable OfficialLevel officialLevel, @Nullable BigDecimal cost,
		@Nullable String currency, String title, @Nullable String description, @Nullable String source,
		boolean substantive, long version, @Nullable RevisionState workflowState) implements Versioned {

	static EngagementResponse of(EngagementSummary engagement) {
		EngagementValues v = engagement.values();
		return new EngagementResponse(engagement.id().value(), v.agreement().value(), v.year(), text(v.date()),
				text(v.endDate()), v.category(), v.origin(), v.form(), v.mode(), v.participants(), v.officialLevel(),
				v.cost(), v.currency(), v.title(), v.description(), v.source(), v.isSubstantive(), engagement.version(),
				engagement.draft());
	}

	private static @Nullable String text(@Nullable PartialDate date) {
		return (date != null) ? date.toString() : null;
	}

}
