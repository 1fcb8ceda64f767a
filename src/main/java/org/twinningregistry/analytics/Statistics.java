package org.twinningregistry.analytics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.analytics.internal.BilateralFigures;
import org.twinningregistry.analytics.internal.CountryFigures;
import org.twinningregistry.analytics.internal.GovernmentFigures;
import org.twinningregistry.analytics.internal.StatisticsRequests;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;

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

	private final StatisticsRequests requests;

	private final Gazetteer gazetteer;

	Statistics(CountryFigures countries, BilateralFigures bilateral, GovernmentFigures governments,
			StatisticsRequests requests, Gazetteer gazetteer) {
		this.countries = countries;
		this.bilateral = bilateral;
		this.governments = governments;
		this.requests = requests;
		this.gazetteer = gazetteer;
	}

	/**
	 * A country's figures.
	 * @throws org.twinningregistry.shared.BadRequestException if the country is not an
	 * ISO 3166-1 code the registry knows
	 */
	@Transactional(readOnly = true)
	public CountryStatistics country(String country, @Nullable LocalDate asOf) {
		this.requests.planForActualParameters();
		return this.countries.of(this.requests.country("country", country), this.requests.definitions(asOf, null));
	}

	/** The figures of the relationships between two countries. */
	@Transactional(readOnly = true)
	public BilateralStatistics bilateral(String country, String partner, @Nullable LocalDate asOf,
			@Nullable Integer window) {
		this.requests.planForActualParameters();
		return this.bilateral.of(this.requests.country("country", country), this.requests.country("partner", partner),
				this.requests.definitions(asOf, window));
	}

	/**
	 * A government's scorecard.
	 * @throws org.twinningregistry.shared.NotFoundException if there is no such
	 * government
	 */
	@Transactional(readOnly = true)
	public GovernmentScorecard government(GovernmentId id, @Nullable LocalDate asOf, @Nullable Integer window) {
		this.requests.planForActualParameters();
		GovernmentDetails government = this.gazetteer.get(id);
		// the name in the reader's language, as the scorecard's partners are named
		return this.governments.of(id.value(), government.summary().name(LocaleContextHolder.getLocale()),
				this.requests.definitions(asOf, window));
	}

}
