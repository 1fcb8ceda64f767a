package org.twinningregistry.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.analytics.internal.BilateralFigures;
import org.twinningregistry.analytics.internal.CountryFigures;
import org.twinningregistry.analytics.internal.GovernmentFigures;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.BadRequestException;

/**
 * The statistics facade: national, bilateral and per-government figures as of a date.
 * Reads are public. {@code asOf} defaults to today and {@code window} to
 * {@value StatisticsDefinitions#DEFAULT_WINDOW} years.
 */
@Service
public class Statistics {

	private final CountryFigures countries;

	private final BilateralFigures bilateral;

	private final GovernmentFigures governments;

	private final Gazetteer gazetteer;

	private final Clock clock;

	Statistics(CountryFigures countries, BilateralFigures bilateral, GovernmentFigures governments, Gazetteer gazetteer,
			Clock clock) {
		this.countries = countries;
		this.bilateral = bilateral;
		this.governments = governments;
		this.gazetteer = gazetteer;
		this.clock = clock;
	}

	/**
	 * A country's figures.
	 * @throws BadRequestException if the country is not an ISO 3166-1 code the registry
	 * knows
	 */
	@Transactional(readOnly = true)
	public CountryStatistics country(String country, @Nullable LocalDate asOf) {
		return this.countries.of(checked("country", country), definitions(asOf, null));
	}

	/** The figures of the relationships between two countries. */
	@Transactional(readOnly = true)
	public BilateralStatistics bilateral(String country, String partner, @Nullable LocalDate asOf,
			@Nullable Integer window) {
		return this.bilateral.of(checked("country", country), checked("partner", partner), definitions(asOf, window));
	}

	/**
	 * A government's scorecard.
	 * @throws org.twinningregistry.shared.NotFoundException if there is no such
	 * government
	 */
	@Transactional(readOnly = true)
	public GovernmentScorecard government(GovernmentId id, @Nullable LocalDate asOf, @Nullable Integer window) {
		GovernmentDetails government = this.gazetteer.get(id);
		return this.governments.of(id.value(), government.values().name(), definitions(asOf, window));
	}

	/**
	 * The definitions for a request: today and the default window where none is given.
	 */
	public StatisticsDefinitions definitions(@Nullable LocalDate asOf, @Nullable Integer window) {
		return new StatisticsDefinitions((asOf != null) ? asOf : LocalDate.now(this.clock),
				(window != null) ? window : StatisticsDefinitions.DEFAULT_WINDOW);
	}

	private String checked(String parameter, String code) {
		String upper = code.strip().toUpperCase(Locale.ROOT);
		if (!this.gazetteer.isCountry(upper)) {
			throw new BadRequestException(parameter, "error.statistics.country", code);
		}
		return upper;
	}

}
