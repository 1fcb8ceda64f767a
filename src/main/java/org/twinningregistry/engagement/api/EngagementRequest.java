package org.twinningregistry.engagement.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.IdReference;
import org.twinningregistry.shared.OnUpdate;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.PartialDateText;
import org.twinningregistry.shared.RecordKey;
import org.twinningregistry.shared.VersionedRequest;

/**
 * An engagement to create or replace. {@code origin} is the id of one of the agreement's
 * parties or {@code BOTH}; {@code id} is taken on create only; {@code version} is
 * required on update (or {@code If-Match}); what {@code GET} answers can be sent back.
 */
record EngagementRequest(@Nullable @RecordKey String id, @NotBlank @RecordKey @IdReference String agreement,
		@NotNull Integer year, @Nullable @PartialDateText String date, @Nullable @PartialDateText String endDate,
		@NotNull Category category, @NotBlank @Size(max = 64) String origin, @Nullable EngagementForm form,
		@Nullable EngagementMode mode, @Nullable @PositiveOrZero Integer participants,
		@Nullable OfficialLevel officialLevel,
		@Nullable @PositiveOrZero @Digits(integer = 14, fraction = 2) BigDecimal cost,
		@Nullable @Pattern(regexp = "[A-Za-z]{3}") String currency, @NotBlank @Size(max = 300) String title,
		@Nullable @Size(max = 10000) String description, @Nullable @Size(max = 4000) String source,
		@Nullable @NotNull(groups = OnUpdate.class) Long version) implements VersionedRequest<EngagementRequest> {

	@Override
	public EngagementRequest withVersion(long version) {
		return new EngagementRequest(this.id, this.agreement, this.year, this.date, this.endDate, this.category,
				this.origin, this.form, this.mode, this.participants, this.officialLevel, this.cost, this.currency,
				this.title, this.description, this.source, version);
	}

	EngagementValues values() {
		return new EngagementValues(new AgreementId(this.agreement), this.year, PartialDate.parseOrNull(this.date),
				PartialDate.parseOrNull(this.endDate), this.category, this.origin, this.form, this.mode,
				this.participants, this.officialLevel, this.cost, this.currency, this.title, this.description,
				this.source);
	}

}
