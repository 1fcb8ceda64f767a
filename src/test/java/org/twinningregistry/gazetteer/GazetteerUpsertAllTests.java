package org.twinningregistry.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.gazetteer.GazetteerFixtures.aCity;
import static org.twinningregistry.gazetteer.GazetteerFixtures.withParent;

/**
 * {@link Gazetteer#bulkWriter} writes a batch as {@link Gazetteer#upsert} writes its rows
 * one by one: the same outcomes and violations, values, versions and events, on either
 * database. A module test: the gazetteer with the accounts module, whose
 * {@code AccessControl} answers the gazetteer's {@link GovernmentPermissions}.
 */
@ApplicationModuleTest(extraIncludes = "account")
@RecordApplicationEvents
class GazetteerUpsertAllTests {

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void writesCreatedUpdatedAndUnchangedRowsAndRefusesInvalidOnes() {
		// given
		givenThreeCities();
		this.events.clear();

		// when
		List<UpsertResult> results = curator(() -> this.gazetteer.bulkWriter().write(rows()));

		// then
		assertThat(results).extracting(UpsertResult::outcome)
			.containsExactly(UpsertOutcome.CREATED, UpsertOutcome.CREATED, UpsertOutcome.UPDATED,
					UpsertOutcome.UNCHANGED, null, null, UpsertOutcome.UPDATED);
		assertThat(results.get(4).violations()).extracting(Violation::code)
			.containsExactly("rule.government.country.unknown");
		assertThat(results.get(5).violations()).extracting(Violation::code)
			.containsExactly("rule.government.parent.unknown");
		assertThat(this.gazetteer.find(new GovernmentId("bad"))).isEmpty();
		assertThat(this.gazetteer.get(new GovernmentId("city")).values().parent()).isEqualTo(new GovernmentId("bc"));
		assertThat(this.gazetteer.get(new GovernmentId("renamed")).values().name()).isEqualTo("New name");
		assertThat(this.gazetteer.get(new GovernmentId("renamed")).version()).isEqualTo(1);
		assertThat(this.gazetteer.get(new GovernmentId("same")).version()).isZero();
		assertThat(this.gazetteer.get(new GovernmentId("populous")).values().population()).isEqualTo(1000L);
		assertThat(this.events.stream(GovernmentChanged.class).map(e -> e.government().id().value()))
			.containsExactly("renamed");
	}

	@Test
	void givesWhatUpsertingOneByOneGives() {
		// given
		givenThreeCities();
		this.events.clear();

		// when
		List<UpsertResult> oneByOne = new ArrayList<>();
		curator(() -> {
			rows().forEach(row -> oneByOne.add(upsertOne(row)));
			return null;
		});
		String afterOneByOne = state();
		long eventsOneByOne = this.events.stream(GovernmentChanged.class).count();
		clear();
		givenThreeCities();
		this.events.clear();
		List<UpsertResult> batch = curator(() -> this.gazetteer.bulkWriter().write(rows()));

		// then
		assertThat(batch).isEqualTo(oneByOne);
		assertThat(state()).isEqualTo(afterOneByOne);
		assertThat(this.events.stream(GovernmentChanged.class).count()).isEqualTo(eventsOneByOne);
	}

	/**
	 * A province and a city in it, a rename, an unchanged city, a government that breaks
	 * rules, one whose parent is that one, and a change of the population only (no
	 * event).
	 */
	private static List<UpsertGovernment> rows() {
		GovernmentValues province = new GovernmentValues("British Columbia", null, null, "CA", "CA-BC",
				GovernmentLevel.REGIONAL, null, null, null, null, null, null);
		GovernmentValues populous = new GovernmentValues("Populous", null, null, "CA", "CA-BC", GovernmentLevel.LOCAL,
				null, 1000L, null, null, null, null);
		return List.of(row("bc", province), row("city", withParent(aCity("City", "CA", "CA-BC"), id("bc"))),
				row("renamed", aCity("New name", "CA", "CA-BC")), row("same", aCity("Same", "CA", "CA-BC")),
				row("bad", aCity("Bad", "ZZ", "CA-BC")),
				row("under-bad", withParent(aCity("U", "CA", "CA-BC"), id("bad"))), row("populous", populous));
	}

	private void givenThreeCities() {
		curator(() -> {
			this.gazetteer.upsert(id("renamed"), aCity("Old name", "CA", "CA-BC"));
			this.gazetteer.upsert(id("populous"), aCity("Populous", "CA", "CA-BC"));
			return this.gazetteer.upsert(id("same"), aCity("Same", "CA", "CA-BC"));
		});
	}

	private UpsertResult upsertOne(UpsertGovernment row) {
		try {
			return UpsertResult.written(this.gazetteer.upsert(row.id(), row.values()));
		}
		catch (RuleViolationException ex) {
			return UpsertResult.refused(ex.violations());
		}
	}

	private String state() {
		return this.jdbc
			.sql("SELECT id, name, country, subdivision, level, parent_id, population, search_text, version "
					+ "FROM government ORDER BY id")
			.query()
			.listOfRows()
			.toString();
	}

	private static UpsertGovernment row(String id, GovernmentValues values) {
		return new UpsertGovernment(new GovernmentId(id), values);
	}

	private static GovernmentId id(String value) {
		return new GovernmentId(value);
	}

	private static <T> T curator(Supplier<T> work) {
		return SystemCurator.call(work);
	}

}
