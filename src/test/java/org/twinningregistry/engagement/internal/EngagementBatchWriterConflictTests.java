package org.twinningregistry.engagement.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.UpsertEngagement;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GazetteerFixtures;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.UpsertOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.twinningregistry.agreement.AgreementFixtures.BURNABY;
import static org.twinningregistry.agreement.AgreementFixtures.HWASEONG;
import static org.twinningregistry.agreement.AgreementFixtures.anAgreement;

/**
 * A bulk import replaces a stored engagement only at the version it read: a curator's
 * change committed between the import's read and its write is not silently overwritten,
 * the import fails (and its transaction rolls back) instead.
 */
@SpringBootTest
@AutoConfigureMockMvc // unused here: it shares the application context of the MockMvc
						// tests
class EngagementBatchWriterConflictTests {

	private static final AgreementId AGREEMENT = new AgreementId("burnaby-hwaseong");

	private static final EngagementId ENGAGEMENT = new EngagementId("e1");

	@Autowired
	EngagementBatchWriter writer;

	@Autowired
	EngagementLog log;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	AgreementRegistry agreements;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void oneEngagement() {
		RegistryDatabase.clear(this.jdbc);
		curator(() -> {
			this.gazetteer.register(BURNABY, GazetteerFixtures.aCity("Burnaby", "CA", "CA-BC"));
			this.gazetteer.register(HWASEONG, GazetteerFixtures.aCity("Hwaseong", "KR", "KR-41"));
			this.agreements.register(AGREEMENT, anAgreement());
			return this.log.record(ENGAGEMENT, titled("Mayor's visit"));
		});
	}

	@Test
	void aChangeCommittedBetweenTheImportsReadAndWriteFailsTheImport() {
		// given: the import has read the stored engagement (version 0)
		TransactionTemplate importing = new TransactionTemplate(this.transactions);
		List<UpsertEngagement> rows = List.of(new UpsertEngagement(ENGAGEMENT, titled("Imported title")));

		// when: a curator changes it meanwhile, then the import writes
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> importing.executeWithoutResult(status -> {
			Map<String, EngagementBatchWriter.Stored> stored = this.writer.stored(rows);
			assertThat(stored.get(ENGAGEMENT.value()).version()).isZero();
			CompletableFuture.runAsync(() -> curator(() -> this.log.update(ENGAGEMENT, 0, titled("Curator's title"))))
				.join();
			this.writer.write(rows, stored, () -> 0L);
		})).satisfies(ex -> assertThat(ex.code()).isEqualTo("error.import.changed-meanwhile"));

		// then: the curator's change stands
		assertThat(this.log.get(ENGAGEMENT).values().title()).isEqualTo("Curator's title");
		assertThat(this.log.get(ENGAGEMENT).version()).isEqualTo(1);
	}

	@Test
	void withoutAConcurrentChangeTheImportReplacesTheStoredValues() {
		// given
		TransactionTemplate importing = new TransactionTemplate(this.transactions);
		List<UpsertEngagement> rows = List.of(new UpsertEngagement(ENGAGEMENT, titled("Imported title")));

		// when
		EngagementBatchWriter.Written written = importing
			.execute(status -> this.writer.write(rows, this.writer.stored(rows), () -> 0L));

		// then
		assertThat(written.outcomes()).containsExactly(UpsertOutcome.UPDATED);
		assertThat(written.replaced().get(ENGAGEMENT.value()).title()).isEqualTo("Mayor's visit");
		assertThat(this.log.get(ENGAGEMENT).values().title()).isEqualTo("Imported title");
		assertThat(this.log.get(ENGAGEMENT).version()).isEqualTo(1);
	}

	private static EngagementValues titled(String title) {
		return new EngagementValues(AGREEMENT, 2012, null, null, Category.ADMINISTRATIVE, EngagementValues.BOTH, null,
				EngagementMode.IN_PERSON, null, null, null, null, title, null, null);
	}

	private static <T> T curator(Supplier<T> work) {
		return SystemCurator.call(work);
	}

}
