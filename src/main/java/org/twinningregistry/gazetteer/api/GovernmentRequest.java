package org.twinningregistry.gazetteer.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.IdReference;
import org.twinningregistry.shared.OnUpdate;
import org.twinningregistry.shared.RecordKey;
import org.twinningregistry.shared.VersionedRequest;

/**
 * A government to create or replace. {@code id} is taken on create only (derived from the
 * subdivision and name when absent); {@code version} is required on update (or
 * {@code If-Match}); what {@code GET} answers can be sent back.
 */
record GovernmentRequest(@Nullable @RecordKey String id, @NotBlank @Size(max = 200) String name,
		@Nullable @Size(max = 200) String nameFr, @Nullable @Size(max = 200) String nameLocal,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}-[A-Za-z0-9]{1,3}") String subdivision, @NotNull GovernmentLevel level,
		@Nullable @RecordKey @IdReference String parent, @Nullable @PositiveOrZero Long population,
		@Nullable @DecimalMin("-90") @DecimalMax("90") Double latitude,
		@Nullable @DecimalMin("-180") @DecimalMax("180") Double longitude,
		@Nullable @Pattern(regexp = "Q[1-9][0-9]*") String wikidata, @Nullable @PositiveOrZero Long geonames,
		@Nullable @NotNull(groups = OnUpdate.class) Long version) implements VersionedRequest<GovernmentRequest> {

	@Override
	public GovernmentRequest withVersion(long version) {
		return new GovernmentRequest(this.id, this.name, this.nameFr, this.nameLocal, this.country, this.subdivision,
				this.level, this.parent, this.population, this.latitude, this.longitude, this.wikidata, this.geonames,
				version);
	}

	GovernmentValues values() {
		return new GovernmentValues(this.name, this.nameFr, this.nameLocal, this.country, this.subdivision, this.level,
				(this.parent != null && !this.parent.isBlank()) ? new GovernmentId(this.parent) : null, this.population,
				this.latitude, this.longitude, this.wikidata, this.geonames);
	}

}
