package org.twinningregistry.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GazetteerFixtures;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.twinningregistry.agreement.AgreementFixtures.agreementSigned;
import static org.twinningregistry.agreement.AgreementFixtures.between;
import static org.twinningregistry.agreement.AgreementFixtures.ended;
import static org.twinningregistry.agreement.AgreementFixtures.superseding;

/**
 * {@link AgreementRegistry#upsertAll} writes a batch as {@link AgreementRegistry#upsert}
 * writes its rows one by one: the same outcomes and violations, values, copied party
 * facts, supersession facts, versions and history, on either database.
 */
@SpringBootTest
@AutoConfigureMockMvc // unused here: it shares the application context of the MockMvc
						// tests
class AgreementUpsertAllTests {

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	AgreementRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void governments() {
		RegistryDatabase.clear(this.jdbc);
		curator(() -> {
			for (String name : List.of("A", "B", "C", "D")) {
				this.gazetteer.register(id(name), GazetteerFixtures.aCity(name, "CA", "CA-BC"));
			}
			return null;
		});
	}

	@Test
	void writesCreatedUpdatedAndUnchangedRowsAndRefusesInvalidOnes() {
		// given
		curator(() -> {
			this.registry.upsert(new AgreementId("old"), between(agreementSigned("2001"), id("A"), id("B")));
			return this.registry.upsert(new AgreementId("same"), between(agreementSigned("2002"), id("A"), id("C")));
		});

		// when
		List<UpsertResult> results = curator(() -> this.registry.bulkWriter()
			.write(List.of(row("fresh", between(agreementSigned("2010"), id("A"), id("D"))),
					row("old", between(agreementSigned("2003"), id("A"), id("B"))),
					row("same", between(agreementSigned("2002"), id("A"), id("C"))),
					row("twice", between(agreementSigned("2004"), id("A"), id("A"))),
					row("ghost", between(agreementSigned("2004"), id("A"), id("nowhere"))))));

		// then
		assertThat(results).extracting(UpsertResult::outcome)
			.containsExactly(UpsertOutcome.CREATED, UpsertOutcome.UPDATED, UpsertOutcome.UNCHANGED, null, null);
		assertThat(results.get(3).violations()).extracting(Violation::code)
			.containsExactly("rule.agreement.party.same");
		assertThat(results.get(4).violations()).extracting(Violation::code)
			.containsExactly("rule.agreement.party.unknown");
		assertThat(this.registry.find(new AgreementId("twice"))).isEmpty();
		assertThat(this.registry.find(new AgreementId("ghost"))).isEmpty();
		AgreementSummary fresh = this.registry.get(new AgreementId("fresh"));
		assertThat(fresh.partyB().name()).isEqualTo("D");
		assertThat(fresh.partyB().subdivision()).isEqualTo("CA-BC");
		assertThat(this.registry.get(new AgreementId("old")).values().signed()).hasToString("2003");
		assertThat(this.registry.get(new AgreementId("old")).version()).isEqualTo(1);
		assertThat(this.registry.get(new AgreementId("same")).version()).isZero();
		assertThat(historyCount("old")).isEqualTo(2);
		assertThat(historyCount("same")).isEqualTo(1);
		assertThat(historyCount("twice")).isZero();
	}

	@Test
	void keepsSupersessionChainsWrittenInOneBatch() {
		// given: a chain, and an upgrade of a row that breaks a rule
		List<UpsertAgreement> rows = List.of(row("v1", between(agreementSigned("2000"), id("A"), id("B"))),
				row("v2", superseding(between(agreementSigned("2005-03"), id("B"), id("A")), "v1")),
				row("v3", superseding(between(agreementSigned("2010-07-01"), id("A"), id("B")), "v2")),
				row("broken", between(ended(agreementSigned("2012"), "2011"), id("A"), id("B"))),
				row("v4", superseding(between(agreementSigned("2013"), id("A"), id("B")), "broken")));

		// when
		List<UpsertResult> results = curator(() -> this.registry.bulkWriter().write(rows));

		// then
		assertThat(results).extracting(UpsertResult::outcome)
			.containsExactly(UpsertOutcome.CREATED, UpsertOutcome.CREATED, UpsertOutcome.CREATED, null, null);
		assertThat(results.get(4).violations()).extracting(Violation::code, v -> v.arguments())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("rule.agreement.supersedes.unknown", List.of("broken")));
		assertThat(supersededOn()).containsExactly(Map.entry("v1", "2005-03-01"), Map.entry("v2", "2010-07-01"),
				Map.entry("v3", "-"));
		assertThat(this.registry.get(new AgreementId("v1")).supersededBy()).hasSize(1);
	}

	@Test
	void givesWhatUpsertingOneByOneGives() {
		// given: rows that create, supersede within the batch, change what they
		// supersede, and break rules
		List<UpsertAgreement> rows = List.of(row("v1", between(agreementSigned("2000"), id("A"), id("B"))),
				row("v2", superseding(between(agreementSigned("2003-05"), id("A"), id("B")), "v1")),
				row("early", superseding(between(agreementSigned("2002"), id("C"), id("D")), "base")),
				row("next", between(agreementSigned("2004"), id("C"), id("D"))),
				row("too-early", superseding(between(agreementSigned("1990"), id("A"), id("B")), "v2")),
				row("other", superseding(between(agreementSigned("2010"), id("A"), id("C")), "v1")),
				row("base", between(agreementSigned("1999"), id("C"), id("D"))));
		givenBaseAndNext();

		// when
		List<UpsertResult> oneByOne = new ArrayList<>();
		curator(() -> {
			rows.forEach(row -> oneByOne.add(upsertOne(row)));
			return null;
		});
		String afterOneByOne = state();
		governments();
		givenBaseAndNext();
		List<UpsertResult> batch = curator(() -> this.registry.bulkWriter().write(rows));

		// then
		assertThat(batch).isEqualTo(oneByOne);
		assertThat(state()).isEqualTo(afterOneByOne);
		assertThat(batch).extracting(UpsertResult::outcome)
			.containsExactly(UpsertOutcome.CREATED, UpsertOutcome.CREATED, UpsertOutcome.CREATED, UpsertOutcome.UPDATED,
					null, null, UpsertOutcome.UNCHANGED);
		assertThat(batch.get(4).violations()).extracting(Violation::code)
			.containsExactly("rule.agreement.supersedes.later");
		assertThat(batch.get(5).violations()).extracting(Violation::code)
			.containsExactly("rule.agreement.supersedes.other-parties");
		assertThat(supersededOn()).contains(Map.entry("base", "2002-01-01"), Map.entry("v1", "2003-05-01"));
	}

	private void givenBaseAndNext() {
		curator(() -> {
			this.registry.upsert(new AgreementId("base"), between(agreementSigned("1999"), id("C"), id("D")));
			return this.registry.upsert(new AgreementId("next"),
					superseding(between(agreementSigned("2004"), id("C"), id("D")), "base"));
		});
	}

	@Test
	void refusesTheWholeBatchToWhoMayNotPublish() {
		// given
		List<UpsertAgreement> rows = List.of(row("v1", between(agreementSigned("2000"), id("A"), id("B"))));

		// when, then
		ApiTestSupport.as("reporter", new Grant(RegistryRole.REPORTER, "A"),
				() -> assertThatThrownBy(() -> this.registry.bulkWriter().write(rows))
					.isInstanceOf(AccessDeniedException.class));
		assertThat(this.registry.count()).isZero();
	}

	@Test
	void tellsWhichGovernmentsArePartyToAnAgreement() {
		// given
		curator(() -> this.registry.upsert(new AgreementId("v1"), between(agreementSigned("2000"), id("A"), id("B"))));

		// when
		Set<GovernmentId> parties = this.registry.partiesAmong(List.of(id("B"), id("C"), id("nowhere")));

		// then
		assertThat(parties).containsExactly(id("B"));
	}

	private UpsertResult upsertOne(UpsertAgreement row) {
		try {
			return UpsertResult.written(this.registry.upsert(row.id(), row.values()));
		}
		catch (RuleViolationException ex) {
			return UpsertResult.refused(ex.violations());
		}
	}

	/** Every agreement's stored facts and history, as text to compare. */
	private String state() {
		return this.jdbc.sql("""
				SELECT a.id, a.party_a, a.party_b, a.signed, a.signed_on, a.supersedes, a.superseded_on, a.version,
				  a.party_a_name, a.party_b_name, a.party_a_country, a.search_text,
				  (SELECT COUNT(*) FROM workflow_history h WHERE h.kind = 'agreement' AND h.record_id = a.id) AS history
				FROM agreement a ORDER BY a.id""").query().listOfRows().toString();
	}

	private Map<String, String> supersededOn() {
		Map<String, String> days = new java.util.LinkedHashMap<>();
		this.jdbc.sql("SELECT id, superseded_on FROM agreement ORDER BY id")
			.query((r, n) -> Map.entry(r.getString(1), (r.getString(2) != null) ? r.getString(2) : "-"))
			.list()
			.forEach(e -> days.put(e.getKey(), e.getValue()));
		return days;
	}

	private long historyCount(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM workflow_history WHERE kind = 'agreement' AND record_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static UpsertAgreement row(String id, AgreementValues values) {
		return new UpsertAgreement(new AgreementId(id), values);
	}

	private static GovernmentId id(String name) {
		return new GovernmentId(name);
	}

	private static <T> T curator(Supplier<T> work) {
		return SystemCurator.call(work);
	}

}
