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
import org.twinningregistry.engagement.SubstantiveRule;

import static org.twinningregistry.analytics.internal.CountryFigures.HOME;
import static org.twinningregistry.analytics.internal.CountryFigures.HOME_SUBDIVISION;
import static org.twinningregistry.analytics.internal.CountryFigures.PARTNER;

/** The figures of the relationships between two countries, aggregated in SQL. */
@Component
public class BilateralFigures {

	static final String BETWEEN = "((a.party_a_country = :country AND a.party_b_country = :partner)"
			+ " OR (a.party_a_country = :partner AND a.party_b_country = :country))";

	static final String SUBSTANTIVE = SubstantiveRule.SQL;

	private final JdbcClient jdbc;

	BilateralFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public BilateralStatistics of(String country, String partner, StatisticsDefinitions at) {
		List<Relationship> relationships = new ArrayList<>();
		Map<String, Map<String, Long>> byCategory = new TreeMap<>();
		List<String[]> current = new ArrayList<>();
		this.jdbc.sql(FIGURES).params(params(country, partner, at)).query((rs, n) -> {
			switch (rs.getString(1)) {
				case "r" -> relationships
					.add(new Relationship(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
				case "c" -> byCategory.computeIfAbsent(rs.getString(2), c -> origins(country, partner))
					.merge(side(rs.getString(3), country, partner), rs.getLong(5), Long::sum);
				default -> current.add(new String[] { rs.getString(2), rs.getString(3) + "|" + rs.getString(4) });
			}
			return n;
		}).list();
		Set<String> dormantPairs = relationships.stream()
			.filter(r -> r.years() == 0)
			.map(Relationship::key)
			.collect(Collectors.toSet());
		List<String> dormantAgreements = current.stream()
			.filter(a -> dormantPairs.contains(a[1]))
			.map(a -> a[0])
			.sorted()
			.toList();
		long active = relationships.stream().filter(r -> r.years() > 0).count();
		List<CategoryCount> categories = byCategory.entrySet()
			.stream()
			.map(e -> new CategoryCount(e.getKey(), e.getValue().values().stream().mapToLong(Long::longValue).sum(),
					e.getValue()))
			.toList();
		return new BilateralStatistics(country, partner, at.asOf(), at.window(), relationships.size(), active,
				relationships.size() - active, meanFrequency(relationships, at), bySubdivision(relationships, at),
				categories, dormantAgreements);
	}

	/**
	 * One statement for every bilateral figure, reading the engagements of the two
	 * countries' agreements once. Rows are (kind, k1, k2, k3, n): {@code r} a
	 * relationship (home, partner, home subdivision, years of the window with a
	 * substantive engagement); {@code c} a category and origin side with its engagements;
	 * {@code a} a current agreement (id, home, partner).
	 */
	private static final String FIGURES = "WITH b AS (SELECT a.id AS id, " + HOME + " AS home, " + PARTNER
			+ " AS partner, " + HOME_SUBDIVISION + " AS hs, CASE WHEN " + CurrentAgreementRule.SQL
			+ " THEN 1 ELSE 0 END AS cur FROM agreement a WHERE " + BETWEEN + "),"
			+ " g AS (SELECT b.home AS home, b.partner AS partner, e.engagement_year AS y, e.category AS category,"
			+ " CASE WHEN e.origin = 'BOTH' THEN 'BOTH' WHEN e.origin = b.home THEN 'HOME' ELSE 'PARTNER' END AS side,"
			+ " CASE WHEN " + SUBSTANTIVE
			+ " THEN 1 ELSE 0 END AS sub FROM engagement e JOIN b ON b.id = e.agreement_id"
			+ " WHERE e.engagement_year BETWEEN :from AND :to),"
			+ " rel AS (SELECT home, partner, MIN(hs) AS hs FROM b WHERE cur = 1 GROUP BY home, partner),"
			+ " act AS (SELECT home, partner, COUNT(DISTINCT y) AS years FROM g WHERE sub = 1 GROUP BY home, partner)"
			+ " SELECT 'r' AS kind, rel.home AS k1, rel.partner AS k2, rel.hs AS k3, COALESCE(act.years, 0) AS n"
			+ " FROM rel LEFT JOIN act ON act.home = rel.home AND act.partner = rel.partner"
			+ " UNION ALL SELECT 'c', category, side, '', COUNT(*) FROM g GROUP BY category, side"
			+ " UNION ALL SELECT 'a', id, home, partner, 0 FROM b WHERE cur = 1";

	private static String side(String side, String country, String partner) {
		return switch (side) {
			case "HOME" -> country;
			case "PARTNER" -> partner;
			default -> "BOTH";
		};
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
