package org.twinningregistry.reporting.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.CurrentAgreementRule;
import org.twinningregistry.reporting.AnnualReportState;
import org.twinningregistry.reporting.ReportingPeriod;

/**
 * The governments expected to report for a period, with their report if any, computed in
 * SQL over the agreement table (whose party columns copy each party's name, country and
 * subdivision) and the annual reports.
 */
@Component
public class CompletenessFigures {

	/**
	 * An agreement current on at least one day of the period: signed by its last day and
	 * current ({@link CurrentAgreementRule}) on the later of its first day and the
	 * signing day. Being current is an interval from the signing, so if it holds on any
	 * day of the period it holds on that one.
	 */
	public static final String CURRENT_IN_PERIOD = "a.signed_on <= :periodEnd AND "
			+ CurrentAgreementRule.SQL.replace(":asOf", "GREATEST(a.signed_on, :periodStart)");

	private final JdbcClient jdbc;

	CompletenessFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The governments of the jurisdiction that are a party to an agreement current in the
	 * period, ordered by subdivision and name, with the state and first submission day of
	 * their report for the period's year.
	 */
	public List<ExpectedGovernment> expected(ReportingPeriod period, Jurisdiction where) {
		String parties = party("a") + " UNION " + party("b");
		String sql = "SELECT p.id, p.name, p.subdivision, r.state, r.first_submitted_on FROM (" + parties + ") p"
				+ " LEFT JOIN annual_report r ON r.government_id = p.id AND r.reporting_year = :year"
				+ " ORDER BY p.subdivision, p.name, p.id";
		Map<String, Object> params = new HashMap<>();
		params.put("periodStart", period.start());
		params.put("periodEnd", period.end());
		params.put("year", period.year());
		params.put("country", where.country());
		params.put("subdivision", (where.subdivision() != null) ? where.subdivision() : "");
		Map<String, ExpectedGovernment> governments = new LinkedHashMap<>();
		this.jdbc.sql(sql).params(params).query((rs, n) -> {
			String state = rs.getString(4);
			Date day = rs.getDate(5);
			return new ExpectedGovernment(rs.getString(1), rs.getString(2), rs.getString(3),
					(state != null) ? AnnualReportState.valueOf(state) : null,
					(day != null) ? day.toLocalDate() : null);
		}).list().forEach(g -> governments.putIfAbsent(g.id(), g));
		return List.copyOf(governments.values());
	}

	/**
	 * Whether the government is expected to report for the period: a party to an
	 * agreement current in it.
	 */
	public boolean isExpected(ReportingPeriod period, String government) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM agreement a WHERE (a.party_a = :government OR a.party_b = :government) AND "
					+ CURRENT_IN_PERIOD)
			.param("government", government)
			.param("periodStart", period.start())
			.param("periodEnd", period.end())
			.query(Long.class)
			.single() > 0;
	}

	private static String party(String side) {
		String column = "a.party_" + side;
		// in French the French name copied into the agreement, where the government has
		// one
		String name = "fr".equals(LocaleContextHolder.getLocale().getLanguage())
				? "COALESCE(" + column + "_name_fr, " + column + "_name)" : column + "_name";
		return "SELECT " + column + " AS id, " + name + " AS name, " + column + "_subdivision AS subdivision"
				+ " FROM agreement a WHERE " + column + "_country = :country AND (:subdivision = '' OR " + column
				+ "_subdivision = :subdivision) AND " + CURRENT_IN_PERIOD;
	}

	/**
	 * A government expected to report, with its report for the year if it has one.
	 *
	 * @param id its key
	 * @param name its name as the agreement registry copies it, in French its French name
	 * where it has one
	 * @param subdivision its first-level subdivision
	 * @param state its report's state, or {@code null} without a report
	 * @param firstSubmittedOn when the report first arrived, or {@code null}
	 */
	public record ExpectedGovernment(String id, String name, String subdivision, @Nullable AnnualReportState state,
			@Nullable LocalDate firstSubmittedOn) {

	}

}
