package org.twinningregistry.strategy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.VersionedRequest;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StrategyValues;

/**
 * A government's strategy to write. {@code version} is required when the strategy exists
 * (the open revision's version when the caller works on a draft, else the published
 * strategy's).
 *
 * @param purposes category codes, most important first, each once
 * @param statement texts by language code: {@code en}, {@code fr} and at most one other
 * (the government's own language, e.g. {@code ko})
 * @param preferredCountries ISO 3166-1 alpha-2 codes
 * @param office the office that owns international relations
 * @param adopted the day it was adopted (ISO date)
 * @param reviewBy the day by which it is to be reviewed (ISO date)
 * @param version the version the change is based on
 */
record StrategyRequest(@NotEmpty @Size(max = 15) List<@NotNull Category> purposes,
		@Nullable @Size(max = 3) Map<String, @Size(max = 4000) String> statement,
		@Nullable @Size(max = 50) List<@NotNull @Size(min = 2, max = 2) String> preferredCountries,
		@Nullable @Valid OfficeRequest office, @Nullable LocalDate adopted, @Nullable LocalDate reviewBy,
		@Nullable Long version) implements VersionedRequest<StrategyRequest> {

	@Override
	public StrategyRequest withVersion(long version) {
		return new StrategyRequest(this.purposes, this.statement, this.preferredCountries, this.office, this.adopted,
				this.reviewBy, version);
	}

	StrategyValues values(GovernmentId government) {
		Office given = (this.office != null) ? this.office.office() : null;
		return new StrategyValues(government, this.purposes, Statement.of(this.statement),
				(this.preferredCountries != null) ? this.preferredCountries : List.of(), given, this.adopted,
				this.reviewBy);
	}

	/**
	 * The office that owns international relations: an office, never a person.
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
