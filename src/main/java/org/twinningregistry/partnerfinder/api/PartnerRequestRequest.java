package org.twinningregistry.partnerfinder.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.partnerfinder.PartnerSize;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.RecordKey;
import org.twinningregistry.shared.VersionedRequest;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;

/**
 * A partner request to file or replace. {@code version} is required on update (the open
 * revision's when the caller works on a draft, else the published request's); the
 * government of a request stays.
 *
 * @param government the requesting government's id
 * @param seekingCountries ISO 3166-1 alpha-2 codes; none (or absent) for anywhere
 * @param purposes category codes, at least one, each once
 * @param partnerSize the population sought, either bound optional
 * @param level {@code REGIONAL}, {@code LOCAL}, or absent for either
 * @param description texts by language code: {@code en}, {@code fr} and at most one other
 * (the government's own language, e.g. {@code ko})
 * @param office the office to contact
 * @param expires the last day on the list (ISO date), after today
 * @param version the version the change is based on
 */
record PartnerRequestRequest(@NotBlank @RecordKey String government,
		@Nullable @Size(max = 50) List<@NotNull @Size(min = 2, max = 2) String> seekingCountries,
		@NotEmpty @Size(max = 15) List<@NotNull Category> purposes, @Nullable @Valid SizeRequest partnerSize,
		@Nullable GovernmentLevel level, @Nullable @Size(max = 3) Map<String, @Size(max = 4000) String> description,
		@Nullable @Valid OfficeRequest office, @NotNull LocalDate expires,
		@Nullable Long version) implements VersionedRequest<PartnerRequestRequest> {

	@Override
	public PartnerRequestRequest withVersion(long version) {
		return new PartnerRequestRequest(this.government, this.seekingCountries, this.purposes, this.partnerSize,
				this.level, this.description, this.office, this.expires, version);
	}

	PartnerRequestValues values() {
		Office given = (this.office != null) ? this.office.office() : null;
		PartnerSize size = (this.partnerSize != null) ? new PartnerSize(this.partnerSize.min(), this.partnerSize.max())
				: PartnerSize.ANY;
		return new PartnerRequestValues(new GovernmentId(this.government.strip()),
				(this.seekingCountries != null) ? this.seekingCountries : List.of(), this.purposes, size, this.level,
				Statement.of(this.description), given, this.expires);
	}

	/**
	 * The population of partner sought.
	 *
	 * @param min the smallest, optional
	 * @param max the largest, optional (not below {@code min})
	 */
	record SizeRequest(@Nullable @Positive Long min, @Nullable @Positive Long max) {

	}

	/**
	 * The office to contact: an office, never a person.
	 *
	 * @param name its name
	 * @param email its shared e-mail address
	 * @param url its web page
	 */
	record OfficeRequest(@NotNull @Size(min = 1, max = 200) String name, @Nullable @Size(max = 254) String email,
			@Nullable @Size(max = 500) String url) {

		Office office() {
			return new Office(this.name, this.email, this.url);
		}

	}

}
