package org.twinningregistry.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.CurrentAgreementRule;
import org.twinningregistry.analytics.RelationshipActivity;
import org.twinningregistry.analytics.StatisticsDefinitions;
import org.twinningregistry.analytics.StatisticsScope;

import static org.twinningregistry.analytics.internal.BilateralFigures.SUBSTANTIVE;

/** Each relationship in a scope with its engagements per year of the window. */
@Component
public class ActivityFigures {

	private final JdbcClient jdbc;

	ActivityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RelationshipActivity> of(StatisticsScope scope, StatisticsDefinitions at) {
		Sides sides = new Sides(scope);
		Map<String, Row> rows = new TreeMap<>();
		this.jdbc
			.sql("SELECT a.id, " + sides.home("") + ", " + PartyNames.read(sides.home("_name"), sides.home("_name_fr"))
					+ ", " + sides.home("_subdivision") + ", " + sides.partner("") + ", "
					+ PartyNames.read(sides.partner("_name"), sides.partner("_name_fr")) + ", "
					+ sides.partner("_country") + " FROM agreement a WHERE " + sides.where() + " AND "
					+ CurrentAgreementRule.SQL + " ORDER BY a.id")
			.params(sides.params(at))
			.query((rs, n) -> {
				Row found = new Row(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getString(7));
				rows.computeIfAbsent(found.homeName() + "|" + found.home() + "|" + found.partner(), key -> found)
					.agreements()
					.add(rs.getString(1));
				return n;
			})
			.list();
		Map<String, int[][]> years = engagementsPerYear(sides, at);
		List<RelationshipActivity> activity = new ArrayList<>();
		for (Row row : rows.values()) {
			int[][] counts = years.getOrDefault(row.home() + "|" + row.partner(), new int[2][at.window()]);
			int activeYears = 0;
			Map<Integer, Integer> substantive = new LinkedHashMap<>();
			Map<Integer, Integer> greetings = new LinkedHashMap<>();
			for (int i = 0; i < at.window(); i++) {
				substantive.put(at.firstYear() + i, counts[0][i]);
				greetings.put(at.firstYear() + i, counts[1][i]);
				activeYears += (counts[0][i] > 0) ? 1 : 0;
			}
			activity.add(new RelationshipActivity(row.home(), row.homeName(), row.subdivision(), row.partner(),
					row.partnerName(), row.partnerCountry(), List.copyOf(row.agreements()), substantive, greetings,
					at.frequency(activeYears), activeYears > 0));
		}
		return activity;
	}

	private Map<String, int[][]> engagementsPerYear(Sides sides, StatisticsDefinitions at) {
		Map<String, int[][]> years = new HashMap<>();
		this.jdbc
			.sql("SELECT " + sides.home("") + ", " + sides.partner("") + ", e.engagement_year, SUM(CASE WHEN "
					+ SUBSTANTIVE + " THEN 1 ELSE 0 END), SUM(CASE WHEN " + SUBSTANTIVE
					+ " THEN 0 ELSE 1 END) FROM engagement e JOIN agreement a ON a.id = e.agreement_id WHERE "
					+ sides.where() + " AND e.engagement_year BETWEEN :from AND :to GROUP BY 1, 2, 3")
			.params(sides.params(at))
			.query((rs, n) -> {
				int[][] counts = years.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2),
						key -> new int[2][at.window()]);
				counts[0][rs.getInt(3) - at.firstYear()] = rs.getInt(4);
				counts[1][rs.getInt(3) - at.firstYear()] = rs.getInt(5);
				return n;
			})
			.list();
		return years;
	}

	private record Row(String home, String homeName, String subdivision, String partner, String partnerName,
			String partnerCountry, List<String> agreements) {

		Row(String home, String homeName, String subdivision, String partner, String partnerName,
				String partnerCountry) {
			this(home, homeName, subdivision, partner, partnerName, partnerCountry, new ArrayList<>());
		}

	}

	/**
	 * Which side of an agreement is home, as SQL over the agreement table aliased
	 * {@code a}.
	 */
	private static final class Sides {

		private final StatisticsScope scope;

		private final String aIsHome;

		Sides(StatisticsScope scope) {
			this.scope = scope;
			this.aIsHome = (scope.subdivision() != null) ? "a.party_a_subdivision = :subdivision"
					: "a.party_a_country = :country";
		}

		String home(String column) {
			return "CASE WHEN " + this.aIsHome + " THEN a.party_a" + column + " ELSE a.party_b" + column + " END";
		}

		String partner(String column) {
			return "CASE WHEN " + this.aIsHome + " THEN a.party_b" + column + " ELSE a.party_a" + column + " END";
		}

		String where() {
			String home = (this.scope.subdivision() != null)
					? "(a.party_a_subdivision = :subdivision OR a.party_b_subdivision = :subdivision)"
					: "(a.party_a_country = :country OR a.party_b_country = :country)";
			return (this.scope.partner() != null) ? home + " AND " + partner("_country") + " = :partner" : home;
		}

		Map<String, Object> params(StatisticsDefinitions at) {
			Map<String, Object> params = new HashMap<>();
			params.put("country", this.scope.country());
			params.put("asOf", at.asOf());
			params.put("from", at.firstYear());
			params.put("to", at.lastYear());
			if (this.scope.subdivision() != null) {
				params.put("subdivision", this.scope.subdivision());
			}
			if (this.scope.partner() != null) {
				params.put("partner", this.scope.partner());
			}
			return params;
		}

	}

}
