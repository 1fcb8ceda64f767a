package org.twinningregistry.analytics.internal;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
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

	private final JdbcClient jdbc;

	private final boolean postgresql;

	StatisticsRequests(Gazetteer gazetteer, Clock clock, JdbcClient jdbc, DataSource dataSource)
			throws MetaDataAccessException {
		this.gazetteer = gazetteer;
		this.clock = clock;
		this.jdbc = jdbc;
		this.postgresql = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	/**
	 * Makes PostgreSQL plan the statistics statements of the current transaction for
	 * their actual parameters. The driver prepares a statement on the server after a few
	 * runs and PostgreSQL may then reuse a generic plan, which for a country filter can
	 * be a hundred times slower (see docs/benchmarks.md). Nothing to do on H2.
	 */
	public void planForActualParameters() {
		if (this.postgresql) {
			this.jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
		}
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
