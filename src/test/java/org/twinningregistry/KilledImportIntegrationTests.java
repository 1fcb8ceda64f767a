package org.twinningregistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.importexport.DataPackageFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a registry mid-import: a separate JVM (the application's main class on the test
 * class path) runs the command-line import of a package with many engagements into the
 * test's database, the test waits until its log says the governments and agreements are
 * written and engagements are being written, then kills the process without warning
 * ({@code destroyForcibly}, SIGKILL). The registry must hold nothing of the package: the
 * import's one transaction never committed. On PostgreSQL the child imports into the
 * test's database; on H2 (in memory for the other tests) into a file database of its own,
 * opened again after the kill. ({@code @AutoConfigureMockMvc} only shares the other
 * tests' cached context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class KilledImportIntegrationTests {

	private static final int ENGAGEMENTS = 300_000;

	private static final Duration PATIENCE = Duration.ofSeconds(120);

	@TempDir
	private Path folder;

	@Autowired
	private Environment environment;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void killedImportLeavesTheRegistryUnchanged() throws Exception {
		// given
		Path pack = writePackage(this.folder.resolve("package"));
		Database database = database();
		Path log = this.folder.resolve("import.log");
		Process child = new ProcessBuilder(command(pack, database)).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			// when
			boolean writingEngagements = awaitLog(child, log, "agreements.csv: 2 row(s) in");
			Thread.sleep(500);
			String before = Files.readString(log, StandardCharsets.UTF_8);
			child.destroyForcibly();
			assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

			// then
			assertThat(writingEngagements).as("the import got to the engagements; its log:%n%s", before).isTrue();
			assertThat(before).doesNotContain("rows done in").doesNotContain("Data package import IMPORTED");
			assertThat(database.counts()).containsExactly(0L, 0L, 0L);
		}
		finally {
			child.destroyForcibly();
		}
	}

	/** The good package's governments and agreements, and many engagements. */
	private static Path writePackage(Path pack) throws IOException {
		Files.createDirectories(pack);
		Files.writeString(pack.resolve("governments.csv"), DataPackageFixtures.GOVERNMENTS);
		Files.writeString(pack.resolve("agreements.csv"), DataPackageFixtures.AGREEMENTS);
		StringBuilder engagements = new StringBuilder("id,agreement,year,category,origin,title\n");
		for (int i = 1; i <= ENGAGEMENTS; i++) {
			engagements.append("k-").append(i).append(",burnaby-hwaseong,2015,CULTURE,BOTH,Exchange ").append(i);
			engagements.append('\n');
		}
		Files.writeString(pack.resolve("engagements.csv"), engagements);
		return pack;
	}

	private static List<String> command(Path pack, Database database) {
		return RegistryProcess.command(database.datasource(),
				List.of("--spring.main.web-application-type=none", "--registry.import.file=" + pack));
	}

	/** Whether the line came before the process ended or patience ran out. */
	private static boolean awaitLog(Process child, Path log, String line) throws Exception {
		Instant end = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(end) && child.isAlive()) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	/** The database the child imports into: the test's PostgreSQL, or an H2 file. */
	private Database database() {
		RegistryProcess.Datasource child = RegistryProcess.Datasource.forChild(this.environment, this.folder);
		return new Database(child.url(), child.user(), child.password(), child.postgresql() ? this.jdbc : null);
	}

	private record Database(String url, String user, String password, JdbcClient jdbc) {

		RegistryProcess.Datasource datasource() {
			return new RegistryProcess.Datasource(this.url, this.user, this.password);
		}

		/** Governments, agreements and engagements in the database. */
		List<Long> counts() throws SQLException {
			List<String> tables = List.of("government", "agreement", "engagement");
			if (this.jdbc != null) {
				return tables.stream()
					.map(table -> this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single())
					.toList();
			}
			List<Long> counts = new ArrayList<>();
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
					Statement statement = connection.createStatement()) {
				for (String table : tables) {
					try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
						result.next();
						counts.add(result.getLong(1));
					}
				}
			}
			return counts;
		}

	}

}
