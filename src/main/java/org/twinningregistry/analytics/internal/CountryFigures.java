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
import org.twinningregistry.analytics.CountryStatistics;
import org.twinningregistry.analytics.CountryStatistics.PartnerCount;
import org.twinningregistry.analytics.CountryStatistics.SubdivisionCount;
import org.twinningregistry.analytics.CountryStatistics.YearCount;
import org.twinningregistry.analytics.StatisticsDefinitions;

/** A country's national figures, aggregated in SQL over the agreement table. */
@Component
public class CountryFigures {

	static final String HOME = "CASE WHEN a.party_a_country = :country THEN a.party_a ELSE a.party_b END";

	static final String PARTNER = "CASE WHEN a.party_a_country = :country THEN a.party_b ELSE a.party_a END";

	static final String HOME_SUBDIVISION = "CASE WHEN a.party_a_country = :country"
			+ " THEN a.party_a_subdivision ELSE a.party_b_subdivision END";

	static final String PARTNER_COUNTRY = "CASE WHEN a.party_a_country = :country"
			+ " THEN a.party_b_country ELSE a.party_a_country END";

	static final String PAIR = "LEAST(a.party_a, a.party_b) || '|' || GREATEST(a.party_a, a.party_b)";

	static final String OF_COUNTRY = "(a.party_a_country = :country OR a.party_b_country = :country)";

	private static final int TOP_PARTNERS = 5;

	private final JdbcClient jdbc;

	CountryFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public CountryStatistics of(String country, StatisticsDefinitions at) {
		List<PartnerCount> partners = partners(country, at);
		long relationships = this.jdbc
			.sql("SELECT COUNT(DISTINCT " + PAIR + ") FROM agreement a WHERE " + OF_COUNTRY + " AND "
					+ CurrentAgreementRule.SQL)
			.param("country", country)
			.param("asOf", at.asOf())
			.query(Long.class)
			.single();
		List<String> top = partners.stream().limit(TOP_PARTNERS).map(PartnerCount::country).toList();
		return new CountryStatistics(country, at.asOf(), at.window(), relationships, partners.size(),
				byType(country, at), partners, bySubdivision(country, at), newPerYear(country, at, top));
	}

	private List<PartnerCount> partners(String country, StatisticsDefinitions at) {
		record Row(String country, long relationships, long agreements) {
		}
		List<Row> rows = this.jdbc
			.sql("SELECT " + PARTNER_COUNTRY + ", COUNT(DISTINCT " + PAIR + "), COUNT(*) FROM agreement a WHERE "
					+ OF_COUNTRY + " AND " + CurrentAgreementRule.SQL + " GROUP BY 1 ORDER BY 3 DESC, 2 DESC, 1")
			.param("country", country)
			.param("asOf", at.asOf())
			.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
		List<PartnerCount> ranked = new ArrayList<>();
		for (Row row : rows) {
			int rank = 1 + (int) rows.stream().filter(other -> other.agreements() > row.agreements()).count();
			ranked.add(new PartnerCount(row.country(), row.relationships(), row.agreements(), rank));
		}
		return ranked;
	}

	private Map<String, Long> byType(String country, StatisticsDefinitions at) {
		Map<String, Long> byType = new LinkedHashMap<>();
		List.of("SISTER", "FRIENDSHIP", "COOPERATION").forEach(type -> byType.put(type, 0L));
		String strongest = "MIN(CASE a.type WHEN 'SISTER' THEN 1 WHEN 'FRIENDSHIP' THEN 2 ELSE 3 END)";
		this.jdbc
			.sql("SELECT t, COUNT(*) FROM (SELECT " + PAIR + " AS pair, " + strongest + " AS t FROM agreement a WHERE "
					+ OF_COUNTRY + " AND " + CurrentAgreementRule.SQL + " GROUP BY 1) x GROUP BY t")
			.param("country", country)
			.param("asOf", at.asOf())
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
			.list()
			.forEach(e -> byType.put(List.of("SISTER", "FRIENDSHIP", "COOPERATION").get(e.getKey() - 1), e.getValue()));
		return byType;
	}

	private List<SubdivisionCount> bySubdivision(String country, StatisticsDefinitions at) {
		return this.jdbc
			.sql("SELECT " + HOME_SUBDIVISION + ", COUNT(DISTINCT " + PAIR + ") FROM agreement a WHERE " + OF_COUNTRY
					+ " AND " + CurrentAgreementRule.SQL + " GROUP BY 1 ORDER BY 2 DESC, 1")
			.param("country", country)
			.param("asOf", at.asOf())
			.query((rs, n) -> new SubdivisionCount(rs.getString(1), rs.getLong(2)))
			.list();
	}

	private List<YearCount> newPerYear(String country, StatisticsDefinitions at, List<String> top) {
		Map<Integer, Long> totals = new TreeMap<>();
		Map<Integer, Map<String, Long>> byPartner = new HashMap<>();
		this.jdbc
			.sql("SELECT EXTRACT(YEAR FROM a.signed_on), " + PARTNER_COUNTRY + ", COUNT(*) FROM agreement a WHERE "
					+ OF_COUNTRY + " AND a.signed_on <= :asOf GROUP BY 1, 2")
			.param("country", country)
			.param("asOf", at.asOf())
			.query((rs, n) -> {
				int year = rs.getInt(1);
				long count = rs.getLong(3);
				totals.merge(year, count, Long::sum);
				if (top.contains(rs.getString(2))) {
					byPartner.computeIfAbsent(year, y -> new TreeMap<>()).put(rs.getString(2), count);
				}
				return year;
			})
			.list();
		return totals.entrySet()
			.stream()
			.map(e -> new YearCount(e.getKey(), e.getValue(), topCounts(top, byPartner.get(e.getKey()))))
			.toList();
	}

	private static Map<String, Long> topCounts(List<String> top, Map<String, Long> counts) {
		Map<String, Long> all = new LinkedHashMap<>();
		top.forEach(partner -> all.put(partner, (counts != null) ? counts.getOrDefault(partner, 0L) : 0L));
		return all;
	}

}
