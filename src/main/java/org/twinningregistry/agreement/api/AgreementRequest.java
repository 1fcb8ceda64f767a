package org.twinningregistry.agreement.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.IdReference;
import org.twinningregistry.shared.OnUpdate;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.PartialDateText;
import org.twinningregistry.shared.RecordKey;
import org.twinningregistry.shared.VersionedRequest;

/**
 * An agreement to create or replace. Dates are {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}; {@code id} is taken on create only; {@code version} is required on
 * update (or {@code If-Match}). The parties and {@code supersedes} are ids, or the
 * objects a read shows in their place: what {@code GET} answers can be sent back.
 */
record AgreementRequest(@Nullable @RecordKey String id, @NotBlank @RecordKey @IdReference String partyA,
		@NotBlank @RecordKey @IdReference String partyB, @NotNull AgreementType type,
		@NotBlank @PartialDateText String signed, @Nullable AgreementStatus status,
		@Nullable @PartialDateText String ended, @Nullable @PartialDateText String termEnds,
		@Nullable @PartialDateText String renewed, @Nullable @Size(max = 500) String councilResolution,
		@Nullable @RecordKey @IdReference String supersedes, @Nullable List<Category> purposes,
		@Nullable @Size(max = 4000) String source, @Nullable @Size(max = 4000) String notes,
		@Nullable @NotNull(groups = OnUpdate.class) Long version) implements VersionedRequest<AgreementRequest> {

	@Override
	public AgreementRequest withVersion(long version) {
		return new AgreementRequest(this.id, this.partyA, this.partyB, this.type, this.signed, this.status, this.ended,
				this.termEnds, this.renewed, this.councilResolution, this.supersedes, this.purposes, this.source,
				this.notes, version);
	}

	AgreementValues values() {
		return new AgreementValues(new GovernmentId(this.partyA), new GovernmentId(this.partyB), this.type,
				PartialDate.parse(this.signed), this.status, PartialDate.parseOrNull(this.ended),
				PartialDate.parseOrNull(this.termEnds), PartialDate.parseOrNull(this.renewed), this.councilResolution,
				(this.supersedes != null && !this.supersedes.isBlank()) ? new AgreementId(this.supersedes) : null,
				(this.purposes != null) ? this.purposes : List.of(), this.source, this.notes);
	}

}
