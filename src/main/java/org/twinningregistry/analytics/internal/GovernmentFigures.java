package org.twinningregistry.analytics.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.CurrentAgreementRule;
import org.twinningregistry.analytics.GovernmentScorecard;
import org.twinningregistry.analytics.GovernmentScorecard.AgreementCard;
import org.twinningregistry.analytics.StatisticsDefinitions;
import org.twinningregistry.shared.PartialDate;

import static org.twinningregistry.analytics.internal.BilateralFigures.SUBSTANTIVE;

/**
 * A government's scorecard: its agreements, how alive each relationship is, and its mix.
 */
@Component
public class GovernmentFigures {

	private static final String PARTNER = "CASE WHEN a.party_a = :government THEN a.party_b ELSE a.party_a END";

	private static final String PARTNER_NAME = "CASE WHEN a.party_a = :government THEN a.party_b_name"
			+ " ELSE a.party_a_name END";

	private static final String PARTNER_NAME_FR = "CASE WHEN a.party_a = :government THEN a.party_b_name_fr"
			+ " ELSE a.party_a_name_fr END";

	private static final String PARTNER_COUNTRY = "CASE WHEN a.party_a = :government THEN a.party_b_country"
			+ " ELSE a.party_a_country END";

	private static final String OF_GOVERNMENT = "(a.party_a = :government OR a.party_b = :government)";

	private final JdbcClient jdbc;

	GovernmentFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public GovernmentScorecard of(String government, String name, StatisticsDefinitions at) {
		Map<String, Activity> activity = activity(government, at);
		List<AgreementCard> cards = this.jdbc
			.sql("SELECT a.id, " + PARTNER + ", " + PartyNames.read(PARTNER_NAME, PARTNER_NAME_FR) + ", "
					+ PARTNER_COUNTRY + ", a.type, a.signed, CASE WHEN " + CurrentAgreementRule.SQL
					+ " THEN 1 ELSE 0 END" + " FROM agreement a WHERE " + OF_GOVERNMENT
					+ " AND a.signed_on <= :asOf ORDER BY a.signed_on, a.id")
			.params(params(government, at))
			.query((rs, n) -> {
				Activity a = activity.getOrDefault(rs.getString(2), Activity.NONE);
				PartialDate signed = PartialDate.parse(rs.getString(6));
				return new AgreementCard(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), signed.toString(), rs.getInt(7) == 1, age(signed, at.asOf()), a.last(),
						at.frequency(a.years()), a.years() > 0);
			})
			.list();
		Map<String, Long> categories = new TreeMap<>();
		Map<String, Long> direction = new LinkedHashMap<>();
		List.of("SELF", "PARTNER", "BOTH").forEach(side -> direction.put(side, 0L));
		String side = "CASE WHEN e.origin = 'BOTH' THEN 'BOTH' WHEN e.origin = :government THEN 'SELF'"
				+ " ELSE 'PARTNER' END";
		this.jdbc
			.sql("SELECT e.category, " + side + ", COUNT(*) FROM engagement e JOIN agreement a ON a.id = e.agreement_id"
					+ " WHERE " + OF_GOVERNMENT + " AND e.engagement_year BETWEEN :from AND :to GROUP BY 1, 2")
			.params(params(government, at))
			.query((rs, n) -> {
				categories.merge(rs.getString(1), rs.getLong(3), Long::sum);
				direction.merge(rs.getString(2), rs.getLong(3), Long::sum);
				return n;
			})
			.list();
		return new GovernmentScorecard(government, name, at.asOf(), at.window(), cards, categories, direction);
	}

	private Map<String, Activity> activity(String government, StatisticsDefinitions at) {
		Map<String, Activity> activity = new HashMap<>();
		this.jdbc
			.sql("SELECT " + PARTNER
					+ ", COUNT(DISTINCT CASE WHEN e.engagement_year >= :from THEN e.engagement_year END),"
					+ " MAX(e.engagement_year) FROM engagement e JOIN agreement a ON a.id = e.agreement_id WHERE "
					+ OF_GOVERNMENT + " AND e.engagement_year <= :to AND " + SUBSTANTIVE + " GROUP BY 1")
			.params(params(government, at))
			.query((rs, n) -> activity.put(rs.getString(1), new Activity(rs.getInt(2), rs.getInt(3))))
			.list();
		return activity;
	}

	private static int age(PartialDate signed, LocalDate asOf) {
		return Math.max(0, Period.between(signed.firstDay(), asOf).getYears());
	}

	private static Map<String, Object> params(String government, StatisticsDefinitions at) {
		return Map.of("government", government, "asOf", at.asOf(), "from", at.firstYear(), "to", at.lastYear());
	}

	private record Activity(int years, Integer last) {

		static final Activity NONE = new Activity(0, null);

	}

}
