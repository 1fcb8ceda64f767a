package org.twinningregistry.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
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

	static final String OF_COUNTRY = "(a.party_a_country = :country OR a.party_b_country = :country)";

	private static final int TOP_PARTNERS = 5;

	private final JdbcClient jdbc;

	CountryFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public CountryStatistics of(String country, StatisticsDefinitions at) {
		Rows rows = new Rows();
		this.jdbc.sql(FIGURES)
			.param("country", country)
			.param("asOf", at.asOf())
			.query((rs, n) -> rows.add(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)))
			.list();
		return new CountryStatistics(country, at.asOf(), at.window(), rows.relationships, rows.partners().size(),
				rows.byType, rows.partners(), rows.bySubdivision(), rows.newPerYear());
	}

	/**
	 * One statement for every national figure, so the current agreements are found once.
	 * Each row is (kind, key, year, n1, n2): {@code r} relationships; {@code p} a partner
	 * country with its relationships and current agreements; {@code s} a subdivision with
	 * its relationships; {@code t} a type with its relationships; {@code y} a year with
	 * its new agreements; {@code b} a top partner country's new agreements in a year.
	 */
	private static final String FIGURES = "WITH c AS (SELECT a.type AS type, CAST(EXTRACT(YEAR FROM a.signed_on) AS INT)"
			+ " AS y, " + HOME_SUBDIVISION + " AS hs, " + PARTNER_COUNTRY + " AS pc, LEAST(a.party_a, a.party_b) AS p1,"
			+ " GREATEST(a.party_a, a.party_b) AS p2, CASE WHEN " + CurrentAgreementRule.SQL
			+ " THEN 1 ELSE 0 END AS cur FROM agreement a WHERE " + OF_COUNTRY + " AND a.signed_on <= :asOf),"
			// one row per relationship, with its current agreements and strongest type
			+ " r AS (SELECT p1, p2, MIN(pc) AS pc, MIN(hs) AS hs, COUNT(*) AS agr, MIN(CASE type"
			+ " WHEN 'SISTER' THEN 'A-SISTER' WHEN 'FRIENDSHIP' THEN 'B-FRIENDSHIP' ELSE 'C-COOPERATION' END) AS t"
			+ " FROM c WHERE cur = 1 GROUP BY p1, p2),"
			+ " p AS (SELECT pc, COUNT(*) AS rel, SUM(agr) AS agr FROM r GROUP BY pc),"
			+ " top AS (SELECT pc FROM p ORDER BY agr DESC, rel DESC, pc LIMIT " + TOP_PARTNERS + ")"
			+ " SELECT 'r' AS kind, '' AS k, 0 AS y, COUNT(*) AS n1, 0 AS n2 FROM r"
			+ " UNION ALL SELECT 'p', pc, 0, rel, agr FROM p"
			+ " UNION ALL SELECT 's', hs, 0, COUNT(*), 0 FROM r GROUP BY hs"
			+ " UNION ALL SELECT 't', t, 0, COUNT(*), 0 FROM r GROUP BY t"
			+ " UNION ALL SELECT 'y', '', y, COUNT(*), 0 FROM c GROUP BY y"
			+ " UNION ALL SELECT 'b', c.pc, c.y, COUNT(*), 0 FROM c JOIN top ON top.pc = c.pc GROUP BY c.pc, c.y";

	/** Collects the rows of {@link #FIGURES} into the figures. */
	private static final class Rows {

		private long relationships;

		private final Map<String, Long> byType = new LinkedHashMap<>();

		private final List<long[]> partnerCounts = new ArrayList<>();

		private final List<String> partnerCodes = new ArrayList<>();

		private final List<SubdivisionCount> subdivisions = new ArrayList<>();

		private final Map<Integer, Long> years = new TreeMap<>();

		private final Map<Integer, Map<String, Long>> topByYear = new HashMap<>();

		Rows() {
			List.of("SISTER", "FRIENDSHIP", "COOPERATION").forEach(type -> this.byType.put(type, 0L));
		}

		int add(String kind, String key, int year, long n1, long n2) {
			switch (kind) {
				case "r" -> this.relationships = n1;
				case "p" -> {
					this.partnerCodes.add(key);
					this.partnerCounts.add(new long[] { n1, n2 });
				}
				case "s" -> this.subdivisions.add(new SubdivisionCount(key, n1));
				case "t" -> this.byType.put(key.substring(2), n1);
				case "y" -> this.years.put(year, n1);
				default -> this.topByYear.computeIfAbsent(year, y -> new HashMap<>()).put(key, n1);
			}
			return year;
		}

		/** Partner countries, most current agreements first, with their rank. */
		List<PartnerCount> partners() {
			List<PartnerCount> ranked = new ArrayList<>();
			for (int i = 0; i < this.partnerCodes.size(); i++) {
				long agreements = this.partnerCounts.get(i)[1];
				int rank = 1 + (int) this.partnerCounts.stream().filter(other -> other[1] > agreements).count();
				ranked.add(new PartnerCount(this.partnerCodes.get(i), this.partnerCounts.get(i)[0], agreements, rank));
			}
			ranked.sort(Comparator.comparingLong(PartnerCount::agreements)
				.thenComparingLong(PartnerCount::relationships)
				.reversed()
				.thenComparing(PartnerCount::country));
			return ranked;
		}

		List<SubdivisionCount> bySubdivision() {
			List<SubdivisionCount> sorted = new ArrayList<>(this.subdivisions);
			sorted.sort(Comparator.comparingLong(SubdivisionCount::relationships)
				.reversed()
				.thenComparing(SubdivisionCount::subdivision));
			return sorted;
		}

		List<YearCount> newPerYear() {
			List<String> top = partners().stream().limit(TOP_PARTNERS).map(PartnerCount::country).toList();
			return this.years.entrySet().stream().map(e -> {
				Map<String, Long> byPartner = new LinkedHashMap<>();
				Map<String, Long> counts = this.topByYear.getOrDefault(e.getKey(), Map.of());
				top.forEach(partner -> byPartner.put(partner, counts.getOrDefault(partner, 0L)));
				return new YearCount(e.getKey(), e.getValue(), byPartner);
			}).toList();
		}

	}

}
