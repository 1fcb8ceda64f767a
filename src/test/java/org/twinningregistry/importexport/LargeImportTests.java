package org.twinningregistry.importexport;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackage;
import org.twinningregistry.importexport.report.FileReport;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.report.ImportStatus;
import org.twinningregistry.importexport.upload.DataPackageFiles;

/**
 * Imports packages with more engagements than one batch of the bulk write holds, so that
 * several batches are written before the end: all or nothing, idempotence and the counts
 * must hold across batches.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LargeImportTests {

	private static final int ROWS = 2500;

	@Autowired
	private DataPackageImporter importer;

	@Autowired
	private EngagementLog engagements;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void rejectsPackageWhoseLastRowIsWrongAndWritesNothing() {
		// given
		String engagements = engagements(ROWS, "Exchange") + "x-last,no-such-agreement,2015,CULTURE,BOTH,Last\n";

		// when
		ImportReport report = importPackage(engagements, false);

		// then
		assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(report.errors()).singleElement().satisfies(error -> {
			assertThat(error.file()).isEqualTo("engagements.csv");
			assertThat(error.line()).isEqualTo(ROWS + 2);
			assertThat(error.column()).isEqualTo("agreement");
			assertThat(error.code()).isEqualTo("rule.engagement.agreement.unknown");
		});
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void reportsDuplicateIdsInDifferentBatchesWithTheFirstLine() {
		// given
		String engagements = engagements(ROWS, "Exchange") + "x-1,burnaby-hwaseong,2016,CULTURE,BOTH,Again\n";

		// when
		ImportReport report = importPackage(engagements, false);

		// then
		assertThat(report.errors()).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(ROWS + 2);
			assertThat(error.code()).isEqualTo("import.row.duplicate-id");
			assertThat(error.message()).contains("2");
		});
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void reimportChangesNothingAndChangedRowsAreUpdated() {
		// given
		importPackage(engagements(ROWS, "Exchange"), false);
		long version = this.engagements.get(new EngagementId("x-7")).version();

		// when
		ImportReport same = importPackage(engagements(ROWS, "Exchange"), false);
		String changed = engagements(ROWS, "Exchange").replace(",Exchange 7\n", ",Visit 7\n")
			.replace(",Exchange 2222\n", ",Visit 2222\n");
		ImportReport update = importPackage(changed, false);
		ImportReport dryRun = importPackage(engagements(ROWS, "Exchange"), true);

		// then
		assertThat(same.files().get(2)).isEqualTo(new FileReport("engagements.csv", ROWS, 0, 0, ROWS));
		assertThat(update.files().get(2)).isEqualTo(new FileReport("engagements.csv", ROWS, 0, 2, ROWS - 2));
		assertThat(dryRun.status()).isEqualTo(ImportStatus.VALID);
		assertThat(dryRun.files().get(2)).isEqualTo(new FileReport("engagements.csv", ROWS, 0, 2, ROWS - 2));
		assertThat(this.engagements.get(new EngagementId("x-7")).values().title()).isEqualTo("Visit 7");
		assertThat(this.engagements.get(new EngagementId("x-7")).version()).isEqualTo(version + 1);
		assertThat(this.engagements.get(new EngagementId("x-8")).version()).isEqualTo(version);
		assertThat(counts()).containsExactly(4L, 2L, (long) ROWS);
	}

	private ImportReport importPackage(String engagements, boolean dryRun) {
		Map<String, byte[]> files = new HashMap<>();
		goodPackage().forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
		files.put("engagements.csv", engagements.getBytes(StandardCharsets.UTF_8));
		return SystemCurator
			.call(() -> this.importer.importPackage(DataPackageFiles.of(files), ImportOptions.of(dryRun)));
	}

	private static String engagements(int rows, String title) {
		StringBuilder csv = new StringBuilder("id,agreement,year,category,origin,title\n");
		for (int i = 1; i <= rows; i++) {
			csv.append("x-").append(i).append(",burnaby-hwaseong,2015,CULTURE,BOTH,").append(title).append(' ');
			csv.append(i).append('\n');
		}
		return csv.toString();
	}

	private List<Long> counts() {
		return List.of(this.jdbc.sql("SELECT COUNT(*) FROM government").query(Long.class).single(),
				this.jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single(),
				this.jdbc.sql("SELECT COUNT(*) FROM engagement").query(Long.class).single());
	}

}
