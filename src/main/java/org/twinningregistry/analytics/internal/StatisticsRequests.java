package org.twinningregistry.analytics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.analytics.StatisticsDefinitions;
import org.twinningregistry.analytics.StatisticsScope;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.shared.BadRequestException;

/**
 * Checks what a statistics request names and fills in its defaults (today, five years).
 */
@Component
public class StatisticsRequests {

	private final Gazetteer gazetteer;

	private final Clock clock;

	StatisticsRequests(Gazetteer gazetteer, Clock clock) {
		this.gazetteer = gazetteer;
		this.clock = clock;
	}

	/**
	 * The definitions for a request: today and the default window where none is given.
	 */
	public StatisticsDefinitions definitions(@Nullable LocalDate asOf, @Nullable Integer window) {
		return new StatisticsDefinitions((asOf != null) ? asOf : LocalDate.now(this.clock),
				(window != null) ? window : StatisticsDefinitions.DEFAULT_WINDOW);
	}

	/**
	 * The country code, upper-cased.
	 * @throws BadRequestException naming the parameter if it is not a known country
	 */
	public String country(String parameter, String code) {
		String upper = code.strip().toUpperCase(Locale.ROOT);
		if (!this.gazetteer.isCountry(upper)) {
			throw new BadRequestException(parameter, "error.statistics.country", code);
		}
		return upper;
	}

	/** The scope with its codes checked and upper-cased. */
	public StatisticsScope scope(StatisticsScope scope) {
		String country = country("country", scope.country());
		String partner = (scope.partner() != null) ? country("partner", scope.partner()) : null;
		String subdivision = (scope.subdivision() != null) ? scope.subdivision().strip().toUpperCase(Locale.ROOT)
				: null;
		if (subdivision != null && !this.gazetteer.subdivisions(country, Locale.ENGLISH).containsKey(subdivision)) {
			throw new BadRequestException("subdivision", "error.statistics.subdivision", scope.subdivision());
		}
		return new StatisticsScope(country, subdivision, partner);
	}

}
