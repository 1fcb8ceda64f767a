package org.twinningregistry.partnerfinder.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.CurrentAgreementRule;
import org.twinningregistry.engagement.SubstantiveRule;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;

/**
 * The figures suggestions are scored on, read in SQL: one statement per kind of figure
 * for every candidate of a country (or of the registry) at once, never one per candidate.
 */
@Component
class SuggestionRows {

	private static final String CURRENT = CurrentAgreementRule.SQL;

	private static final String ACTIVE_TIE = "EXISTS (SELECT 1 FROM engagement e WHERE e.agreement_id = a.id"
			+ " AND e.engagement_year >= :fromYear AND " + SubstantiveRule.SQL + ")";

	private final JdbcClient jdbc;

	SuggestionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The governments that may be suggested: of the country (or any), not national. */
	List<Government> governments(@Nullable String country) {
		return this.jdbc
			.sql("SELECT g.id, g.name, g.name_fr, g.country, g.subdivision, g.level, g.population, g.geonames"
					+ " FROM government g WHERE g.level <> 'NATIONAL' AND " + scope(country, "g.country"))
			.params(params(country))
			.query((rs, n) -> new Government(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), GovernmentLevel.valueOf(rs.getString(6)), (Long) rs.getObject(7, Long.class),
					(Long) rs.getObject(8, Long.class)))
			.list();
	}

	/** The asker's current partners' ids. */
	List<String> partners(String asker, LocalDate day) {
		return this.jdbc
			.sql("SELECT CASE WHEN a.party_a = :asker THEN a.party_b ELSE a.party_a END FROM agreement a"
					+ " WHERE (a.party_a = :asker OR a.party_b = :asker) AND " + CURRENT)
			.param("asker", asker)
			.param("asOf", day)
			.query(String.class)
			.list();
	}

	/**
	 * The current ties of the country's governments (or all), counted by government:
	 * foreign ones and those with the asker's country; how many were active is left at 0
	 * ({@link #active}).
	 */
	Map<String, TieFigures> ties(@Nullable String country, String askerCountry, LocalDate day) {
		String side = "SELECT a.party_%1$s AS gov, a.party_%1$s_country AS own, a.party_%2$s_country AS other"
				+ " FROM agreement a WHERE " + CURRENT + " AND %3$s";
		String sql = "SELECT t.gov, COUNT(*), SUM(CASE WHEN t.other <> t.own THEN 1 ELSE 0 END),"
				+ " SUM(CASE WHEN t.other = :askerCountry THEN 1 ELSE 0 END) FROM ("
				+ side.formatted("a", "b", scope(country, "a.party_a_country")) + " UNION ALL "
				+ side.formatted("b", "a", scope(country, "a.party_b_country")) + ") t GROUP BY t.gov";
		Map<String, TieFigures> ties = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params(country))
			.param("askerCountry", askerCountry)
			.param("asOf", day)
			.query((rs, n) -> ties.put(rs.getString(1), new TieFigures(rs.getInt(2), rs.getInt(3), rs.getInt(4), 0)))
			.list();
		return ties;
	}

	/**
	 * How many current ties of each of the governments had a substantive engagement since
	 * {@code fromYear}; governments with none are left out.
	 */
	Map<String, Integer> active(Collection<String> governments, LocalDate day, int fromYear) {
		Map<String, Integer> active = new HashMap<>();
		List<String> all = List.copyOf(governments);
		for (int from = 0; from < all.size(); from += 500) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
			String side = "SELECT a.party_%1$s AS gov FROM agreement a WHERE a.party_%1$s IN (:governments) AND "
					+ CURRENT + " AND " + ACTIVE_TIE;
			this.jdbc
				.sql("SELECT t.gov, COUNT(*) FROM (" + side.formatted("a") + " UNION ALL " + side.formatted("b")
						+ ") t GROUP BY t.gov")
				.param("governments", chunk)
				.param("asOf", day)
				.param("fromYear", fromYear)
				.query((rs, n) -> active.merge(rs.getString(1), rs.getInt(2), Integer::sum))
				.list();
		}
		return active;
	}

	/**
	 * For each government of the country (or any) tied to one of the partners: how many
	 * of them it is tied to.
	 */
	Map<String, Integer> partnersOfPartners(Collection<String> partners, @Nullable String country, LocalDate day) {
		Map<String, Integer> counts = new HashMap<>();
		if (partners.isEmpty()) {
			return counts;
		}
		String side = "SELECT a.party_%1$s AS gov, a.party_%2$s AS partner FROM agreement a WHERE a.party_%2$s IN"
				+ " (:partners) AND " + CURRENT + " AND %3$s";
		this.jdbc
			.sql("SELECT t.gov, COUNT(DISTINCT t.partner) FROM ("
					+ side.formatted("a", "b", scope(country, "a.party_a_country")) + " UNION ALL "
					+ side.formatted("b", "a", scope(country, "a.party_b_country")) + ") t GROUP BY t.gov")
			.params(params(country))
			.param("partners", partners)
			.param("asOf", day)
			.query((rs, n) -> counts.merge(rs.getString(1), rs.getInt(2), Integer::sum))
			.list();
		return counts;
	}

	/**
	 * How many current agreements join the subdivision to each subdivision of the country
	 * (or any), by that subdivision.
	 */
	Map<String, Integer> provinceTies(String subdivision, @Nullable String country, LocalDate day) {
		return tiesBySubdivision("subdivision", subdivision, country, day);
	}

	/**
	 * How many current agreements join a government of the asker's country to each
	 * subdivision of the country (or any), by that subdivision.
	 */
	Map<String, Integer> countryProvinceTies(String askerCountry, @Nullable String country, LocalDate day) {
		return tiesBySubdivision("country", askerCountry, country, day);
	}

	/**
	 * How many current agreements join a party whose {@code column} ({@code subdivision}
	 * or {@code country}) is the value to each subdivision of the country (or any), by
	 * that subdivision, whichever side each party is on.
	 */
	private Map<String, Integer> tiesBySubdivision(String column, String value, @Nullable String country,
			LocalDate day) {
		String side = "SELECT a.party_%2$s_subdivision, COUNT(*) FROM agreement a WHERE a.party_%1$s_" + column
				+ " = :value AND %3$s AND " + CURRENT + " GROUP BY a.party_%2$s_subdivision";
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc
			.sql(side.formatted("a", "b", scope(country, "a.party_b_country")) + " UNION ALL "
					+ side.formatted("b", "a", scope(country, "a.party_a_country")))
			.params(params(country))
			.param("value", value)
			.param("asOf", day)
			.query((rs, n) -> counts.merge(rs.getString(1), rs.getInt(2), Integer::sum))
			.list();
		return counts;
	}

	/** The purposes of the published strategies of the country's governments (or all). */
	Map<String, List<Category>> strategyPurposes(@Nullable String country) {
		Map<String, List<Category>> purposes = new HashMap<>();
		this.jdbc
			.sql("SELECT s.government_id, s.purposes FROM strategy s JOIN government g ON g.id = s.government_id"
					+ " WHERE " + scope(country, "g.country"))
			.params(params(country))
			.query((rs, n) -> purposes.put(rs.getString(1), List.copyOf(SeekingRequest.categories(rs.getString(2)))))
			.list();
		return purposes;
	}

	/**
	 * The published requests for partners unexpired on the day of the country's
	 * governments (or all) and of the asker, by government.
	 */
	Map<String, List<SeekingRequest>> requests(@Nullable String country, String asker, LocalDate day) {
		Map<String, List<SeekingRequest>> requests = new HashMap<>();
		this.jdbc
			.sql("SELECT r.government_id, r.seeking_countries, r.purposes, r.partner_size_min, r.partner_size_max,"
					+ " r.partner_level FROM partner_request r JOIN government g ON g.id = r.government_id"
					+ " WHERE r.expires >= :asOf AND (r.government_id = :asker OR " + scope(country, "g.country") + ")")
			.params(params(country))
			.param("asker", asker)
			.param("asOf", day)
			.query((rs, n) -> requests.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
				.add(new SeekingRequest(SeekingRequest.codes(rs.getString(2)),
						SeekingRequest.categories(rs.getString(3)), (Long) rs.getObject(4, Long.class),
						(Long) rs.getObject(5, Long.class),
						(rs.getString(6) != null) ? GovernmentLevel.valueOf(rs.getString(6)) : null)))
			.list();
		return requests;
	}

	private static String scope(@Nullable String country, String column) {
		return (country != null) ? column + " = :country" : "1 = 1";
	}

	private static Map<String, Object> params(@Nullable String country) {
		return (country != null) ? Map.of("country", country) : Map.of();
	}

	/** A registry government as a candidate. */
	record Government(String id, String name, @Nullable String nameFr, String country, String subdivision,
			GovernmentLevel level, @Nullable Long population, @Nullable Long geonames) {

	}

}
