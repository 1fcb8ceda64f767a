package org.twinningregistry.strategy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.CurrentAgreementRule;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.SubstantiveRule;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;

/**
 * The rows the fulfilment figures are made of, read in SQL (a few statements per scope,
 * whatever its size): governments, strategies, agreements, plans and planned activities
 * of a year, and the substantive engagements they are matched with.
 */
@Component
public class FulfilmentRows {

	private final JdbcClient jdbc;

	FulfilmentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The governments of the scope. */
	List<Government> governments(FulfilmentScope scope) {
		return this.jdbc
			.sql("SELECT g.id, g.name, g.name_fr, g.subdivision, g.level, g.parent_id FROM government g WHERE "
					+ scope.governments())
			.param("scope", scope.code())
			.query((rs, n) -> new Government(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	/** The first-level and national governments of a country, by id. */
	List<Government> above(String country) {
		return this.jdbc
			.sql("SELECT g.id, g.name, g.name_fr, g.subdivision, g.level, g.parent_id FROM government g"
					+ " WHERE g.country = :country AND g.level IN ('REGIONAL', 'NATIONAL') ORDER BY g.id")
			.param("country", country)
			.query((rs, n) -> new Government(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * The purposes of the published strategies of a country's governments, by government.
	 */
	Map<String, List<Category>> purposes(String country) {
		Map<String, List<Category>> purposes = new HashMap<>();
		this.jdbc
			.sql("SELECT s.government_id, s.purposes FROM strategy s JOIN government g ON g.id = s.government_id"
					+ " WHERE g.country = :country")
			.param("country", country)
			.query((rs, n) -> purposes.put(rs.getString(1),
					Arrays.stream(rs.getString(2).split(";")).map(Category::valueOf).toList()))
			.list();
		return purposes;
	}

	/**
	 * The agreements with a party in the scope, and whether each is current on the day.
	 */
	List<Agreement> agreements(FulfilmentScope scope, LocalDate day) {
		return this.jdbc
			.sql("SELECT a.id, a.party_a, a.party_b, CASE WHEN " + CurrentAgreementRule.SQL
					+ " THEN 1 ELSE 0 END FROM agreement a WHERE " + scope.agreements())
			.param("scope", scope.code())
			.param("asOf", day)
			.query((rs, n) -> new Agreement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1))
			.list();
	}

	/** The ids of the agreements in scope with a published plan covering the year. */
	List<String> plannedAgreements(FulfilmentScope scope, int year) {
		return this.jdbc
			.sql("SELECT DISTINCT p.agreement_id FROM strategy_plan p JOIN agreement a ON a.id = p.agreement_id"
					+ " WHERE p.from_year <= :year AND p.to_year >= :year AND " + scope.agreements())
			.param("scope", scope.code())
			.param("year", year)
			.query(String.class)
			.list();
	}

	/** The activities planned for the year under agreements in scope, in plan order. */
	List<Activity> activities(FulfilmentScope scope, int year) {
		return this.jdbc
			.sql("SELECT x.plan_id, p.agreement_id, x.activity_key, x.activity_year, x.category, x.form, x.origin,"
					+ " x.participants, x.title, x.notes FROM strategy_plan_activity x"
					+ " JOIN strategy_plan p ON p.id = x.plan_id JOIN agreement a ON a.id = p.agreement_id"
					+ " WHERE x.activity_year = :year AND " + scope.agreements() + " ORDER BY x.plan_id, x.seq")
			.param("scope", scope.code())
			.param("year", year)
			.query((rs, n) -> new Activity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					Category.valueOf(rs.getString(5)), form(rs.getString(6)), rs.getString(7),
					(Integer) rs.getObject(8), rs.getString(9), rs.getString(10)))
			.list();
	}

	/**
	 * The substantive engagements of the year under agreements in scope that have a plan
	 * covering it.
	 */
	List<Engagement> engagements(FulfilmentScope scope, int year) {
		return this.jdbc
			.sql("SELECT e.id, e.agreement_id, e.engagement_year, e.category, e.origin, e.start_date, e.title"
					+ " FROM engagement e JOIN agreement a ON a.id = e.agreement_id WHERE e.engagement_year = :year"
					+ " AND " + SubstantiveRule.SQL + " AND " + scope.agreements()
					+ " AND EXISTS (SELECT 1 FROM strategy_plan p WHERE p.agreement_id = e.agreement_id"
					+ " AND p.from_year <= :year AND p.to_year >= :year)")
			.param("scope", scope.code())
			.param("year", year)
			.query((rs, n) -> engagement(rs))
			.list();
	}

	/** The substantive engagements of an agreement in a span of years. */
	public List<Engagement> engagementsOf(String agreement, int from, int to) {
		return this.jdbc
			.sql("SELECT e.id, e.agreement_id, e.engagement_year, e.category, e.origin, e.start_date, e.title"
					+ " FROM engagement e WHERE e.agreement_id = :agreement AND e.engagement_year BETWEEN :from AND :to"
					+ " AND " + SubstantiveRule.SQL)
			.param("agreement", agreement)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> engagement(rs))
			.list();
	}

	/**
	 * The substantive engagements of agreements in scope in a span of years, counted by
	 * the agreement's parties and category.
	 */
	List<CategoryCount> categories(FulfilmentScope scope, int from, int to) {
		return this.jdbc
			.sql("SELECT a.party_a, a.party_b, e.category, COUNT(*) FROM engagement e"
					+ " JOIN agreement a ON a.id = e.agreement_id WHERE e.engagement_year BETWEEN :from AND :to AND "
					+ SubstantiveRule.SQL + " AND " + scope.agreements() + " GROUP BY a.party_a, a.party_b, e.category")
			.param("scope", scope.code())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new CategoryCount(rs.getString(1), rs.getString(2), Category.valueOf(rs.getString(3)),
					rs.getInt(4)))
			.list();
	}

	private static Engagement engagement(ResultSet rs) throws SQLException {
		String date = rs.getString(6);
		return new Engagement(rs.getString(1), rs.getString(2), rs.getInt(3), Category.valueOf(rs.getString(4)),
				rs.getString(5), (date != null) ? PartialDate.parse(date).firstDay() : null, rs.getString(7));
	}

	private static @Nullable EngagementForm form(@Nullable String code) {
		return (code != null) ? EngagementForm.valueOf(code) : null;
	}

	/** A government as the figures need it. */
	record Government(String id, String name, @Nullable String nameFr, String subdivision, String level,
			@Nullable String parent) {

	}

	/** An agreement's parties, and whether it is current on the day asked. */
	record Agreement(String id, String partyA, String partyB, boolean current) {

	}

	/** A planned activity with its plan and agreement. */
	record Activity(String plan, String agreement, String key, int year, Category category,
			@Nullable EngagementForm form, String origin, @Nullable Integer participants, String title,
			@Nullable String notes) {

	}

	/** A substantive engagement. */
	public record Engagement(String id, String agreement, int year, Category category, String origin,
			@Nullable LocalDate date, String title) {

	}

	/** Engagements of a pair of parties in one category. */
	record CategoryCount(String partyA, String partyB, Category category, int count) {

	}

}
