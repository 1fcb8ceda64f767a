package org.twinningregistry.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.gazetteer.GazetteerFixtures;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.agreement.AgreementFixtures.agreementSigned;
import static org.twinningregistry.agreement.AgreementFixtures.between;
import static org.twinningregistry.agreement.AgreementFixtures.ended;
import static org.twinningregistry.agreement.AgreementFixtures.superseding;
import static org.twinningregistry.agreement.AgreementFixtures.withTermEnds;

/**
 * The SQL form of the current-agreement rule selects exactly what the Java form does, on
 * every date.
 */
@SpringBootTest
@AutoConfigureMockMvc // unused here: it shares the application context of the MockMvc
						// tests
class CurrentAgreementRuleSqlTests {

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	AgreementRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void lifecycleFixture() {
		RegistryDatabase.clear(this.jdbc);
		SystemCurator.call(() -> {
			for (String name : List.of("A", "B", "C", "D", "E", "F")) {
				this.gazetteer.register(new GovernmentId(name), GazetteerFixtures.aCity(name, "CA", "CA-BC"));
			}
			register("plain", between(agreementSigned("2010-07-01"), id("A"), id("B")));
			register("year-only", between(agreementSigned("2004"), id("A"), id("C")));
			register("ended", between(ended(agreementSigned("1998"), "2015-06-01"), id("A"), id("D")));
			register("ended-year", between(ended(agreementSigned("1998"), "2015"), id("A"), id("E")));
			register("expired", between(withTermEnds(agreementSigned("2015-03"), "2020"), id("B"), id("C")));
			register("friendship", between(agreementSigned("2008"), id("B"), id("D")));
			register("upgrade", superseding(between(agreementSigned("2012-05"), id("D"), id("B")), "friendship"));
			register("later", between(agreementSigned("2025-11-03"), id("E"), id("F")));
			return null;
		});
	}

	private static GovernmentId id(String name) {
		return new GovernmentId(name);
	}

	private void register(String id, AgreementValues values) {
		this.registry.register(new AgreementId(id), values);
	}

	@Test
	void sqlAndJavaAgreeOnEveryBoundary() {
		// given
		List<AgreementSummary> all = this.registry.list(AgreementCriteria.all());
		List<String> dates = List.of("1997-12-31", "2003-12-31", "2004-01-01", "2008-01-01", "2010-06-30", "2010-07-01",
				"2012-04-30", "2012-05-01", "2014-12-31", "2015-01-01", "2015-05-31", "2015-06-01", "2020-12-31",
				"2021-01-01", "2025-11-02", "2025-11-03");

		for (String date : dates) {
			LocalDate asOf = LocalDate.parse(date);

			// when
			Set<String> bySql = Set
				.copyOf(this.jdbc.sql("SELECT a.id FROM agreement a WHERE " + CurrentAgreementRule.SQL)
					.param("asOf", asOf)
					.query(String.class)
					.list());
			Set<String> byJava = all.stream()
				.filter(a -> a.isCurrentOn(asOf))
				.map(a -> a.id().value())
				.collect(Collectors.toSet());

			// then
			assertThat(bySql).as("current on %s", date).isEqualTo(byJava);
		}
		assertThat(all).hasSize(8);
	}

	@Test
	void selectsTheExpectedAgreementsAtTheEndOf2015() {
		// when
		List<String> current = this.jdbc.sql("SELECT a.id FROM agreement a WHERE " + CurrentAgreementRule.SQL)
			.param("asOf", LocalDate.of(2015, 12, 31))
			.query(String.class)
			.list();

		// then
		assertThat(current).containsExactlyInAnyOrder("plain", "year-only", "expired", "upgrade");
	}

	@Test
	void staysTrueWhenAnUpgradeIsRedatedOrDeleted() {
		// given
		AgreementSummary upgrade = this.registry.get(new AgreementId("upgrade"));
		LocalDate asOf = LocalDate.of(2013, 6, 30);

		// when: the upgrade is found to have been signed later, then is deleted
		SystemCurator.call(() -> this.registry.update(upgrade.id(), upgrade.version(),
				superseding(between(agreementSigned("2014-01"), id("D"), id("B")), "friendship")));
		List<String> afterRedating = currentOn(asOf);
		SystemCurator.call(() -> {
			this.registry.delete(upgrade.id(), this.registry.get(upgrade.id()).version());
			return null;
		});
		List<String> afterDeleting = currentOn(LocalDate.of(2020, 1, 1));

		// then
		assertThat(afterRedating).contains("friendship").doesNotContain("upgrade");
		assertThat(afterDeleting).contains("friendship");
	}

	private List<String> currentOn(LocalDate asOf) {
		return this.jdbc.sql("SELECT a.id FROM agreement a WHERE " + CurrentAgreementRule.SQL)
			.param("asOf", asOf)
			.query(String.class)
			.list();
	}

}
