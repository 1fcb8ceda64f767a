package org.twinningregistry.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.CurrentAgreementRule;
import org.twinningregistry.analytics.BilateralStatistics;
import org.twinningregistry.analytics.BilateralStatistics.CategoryCount;
import org.twinningregistry.analytics.BilateralStatistics.SubdivisionActivity;
import org.twinningregistry.analytics.StatisticsDefinitions;

import static org.twinningregistry.analytics.internal.CountryFigures.HOME;
import static org.twinningregistry.analytics.internal.CountryFigures.HOME_SUBDIVISION;
import static org.twinningregistry.analytics.internal.CountryFigures.PARTNER;

/** The figures of the relationships between two countries, aggregated in SQL. */
@Component
public class BilateralFigures {

	static final String BETWEEN = "((a.party_a_country = :country AND a.party_b_country = :partner)"
			+ " OR (a.party_a_country = :partner AND a.party_b_country = :country))";

	static final String SUBSTANTIVE = "(e.form IS NULL OR e.form <> 'CORRESPONDENCE')";

	private final JdbcClient jdbc;

	BilateralFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public BilateralStatistics of(String country, String partner, StatisticsDefinitions at) {
		List<Relationship> relationships = relationships(country, partner, at);
		long active = relationships.stream().filter(r -> r.years() > 0).count();
		Set<String> dormantPairs = relationships.stream()
			.filter(r -> r.years() == 0)
			.map(Relationship::key)
			.collect(Collectors.toSet());
		List<String> dormantAgreements = this.jdbc
			.sql("SELECT a.id, " + HOME + ", " + PARTNER + " FROM agreement a WHERE " + BETWEEN + " AND "
					+ CurrentAgreementRule.SQL + " ORDER BY a.id")
			.params(params(country, partner, at))
			.query((rs, n) -> dormantPairs.contains(rs.getString(2) + "|" + rs.getString(3)) ? rs.getString(1) : null)
			.list()
			.stream()
			.filter(id -> id != null)
			.toList();
		return new BilateralStatistics(country, partner, at.asOf(), at.window(), relationships.size(), active,
				relationships.size() - active, meanFrequency(relationships, at), bySubdivision(relationships, at),
				categories(country, partner, at), dormantAgreements);
	}

	private List<Relationship> relationships(String country, String partner, StatisticsDefinitions at) {
		String current = "SELECT " + HOME + " AS home, " + PARTNER + " AS partner, MIN(" + HOME_SUBDIVISION
				+ ") AS subdivision FROM agreement a WHERE " + BETWEEN + " AND " + CurrentAgreementRule.SQL
				+ " GROUP BY 1, 2";
		String engaged = "SELECT " + HOME + " AS home, " + PARTNER + " AS partner, e.engagement_year AS y"
				+ " FROM engagement e JOIN agreement a ON a.id = e.agreement_id WHERE " + BETWEEN
				+ " AND e.engagement_year BETWEEN :from AND :to AND " + SUBSTANTIVE;
		return this.jdbc
			.sql("SELECT r.home, r.partner, r.subdivision, COUNT(DISTINCT g.y) FROM (" + current + ") r LEFT JOIN ("
					+ engaged + ") g ON g.home = r.home AND g.partner = r.partner"
					+ " GROUP BY r.home, r.partner, r.subdivision")
			.params(params(country, partner, at))
			.query((rs, n) -> new Relationship(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	private List<CategoryCount> categories(String country, String partner, StatisticsDefinitions at) {
		String side = "CASE WHEN e.origin = 'BOTH' THEN 'BOTH' WHEN e.origin = " + HOME
				+ " THEN 'HOME' ELSE 'PARTNER' END";
		Map<String, Map<String, Long>> byCategory = new TreeMap<>();
		this.jdbc
			.sql("SELECT e.category, " + side + ", COUNT(*) FROM engagement e JOIN agreement a ON a.id = e.agreement_id"
					+ " WHERE " + BETWEEN + " AND e.engagement_year BETWEEN :from AND :to GROUP BY 1, 2")
			.params(params(country, partner, at))
			.query((rs, n) -> {
				Map<String, Long> origins = byCategory.computeIfAbsent(rs.getString(1), c -> origins(country, partner));
				String key = switch (rs.getString(2)) {
					case "HOME" -> country;
					case "PARTNER" -> partner;
					default -> "BOTH";
				};
				origins.merge(key, rs.getLong(3), Long::sum);
				return key;
			})
			.list();
		return byCategory.entrySet()
			.stream()
			.map(e -> new CategoryCount(e.getKey(), e.getValue().values().stream().mapToLong(Long::longValue).sum(),
					e.getValue()))
			.toList();
	}

	private static Map<String, Long> origins(String country, String partner) {
		Map<String, Long> origins = new LinkedHashMap<>();
		origins.put(country, 0L);
		origins.put(partner, 0L);
		origins.put("BOTH", 0L);
		return origins;
	}

	private static List<SubdivisionActivity> bySubdivision(List<Relationship> relationships, StatisticsDefinitions at) {
		Map<String, List<Relationship>> grouped = relationships.stream()
			.collect(Collectors.groupingBy(Relationship::subdivision, TreeMap::new, Collectors.toList()));
		List<SubdivisionActivity> rows = new ArrayList<>();
		grouped.forEach((subdivision, group) -> rows.add(new SubdivisionActivity(subdivision, group.size(),
				group.stream().filter(r -> r.years() > 0).count(), meanFrequency(group, at))));
		rows.sort(java.util.Comparator.comparingLong(SubdivisionActivity::relationships).reversed());
		return rows;
	}

	private static double meanFrequency(List<Relationship> relationships, StatisticsDefinitions at) {
		return at.meanFrequency(relationships.stream().map(Relationship::years).toList());
	}

	private static Map<String, Object> params(String country, String partner, StatisticsDefinitions at) {
		return Map.of("country", country, "partner", partner, "asOf", at.asOf(), "from", at.firstYear(), "to",
				at.lastYear());
	}

	private record Relationship(String home, String partner, String subdivision, int years) {

		String key() {
			return this.home + "|" + this.partner;
		}

	}

}
