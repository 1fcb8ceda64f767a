package org.twinningregistry;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RegistryProcess.Datasource;
import org.twinningregistry.importexport.DataPackageFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a registry in the middle of writes: a separate JVM ({@link RegistryProcess})
 * takes single-record API writes from three clients (engagements created, an agreement
 * updated again and again, HTTP Basic) while a synchronous data package import of many
 * engagements runs; once writes have been acknowledged and the import is writing
 * engagements, the process is killed without warning (SIGKILL). Then every acknowledged
 * write is in the database with its values and its history entry, the import is there
 * whole or not at all, no record lacks its history entry (or its import's entry), and the
 * registry starts again on the database and serves what was acknowledged. The child
 * always writes into the PostgreSQL test database, in the H2 pass too: H2's MVStore
 * writes commits to its file in the background, up to a second after they were
 * acknowledged (H2's documented durability limit, see docs/operations.md), so the
 * embedded engine cannot keep this promise; {@link KilledImportIntegrationTests} checks
 * on H2 what it does keep (an import all or nothing). ({@code @AutoConfigureMockMvc} only
 * shares the other tests' cached context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class KilledInstanceIntegrationTests {

	private static final int IMPORTED_ENGAGEMENTS = 200_000;

	private static final int WRITERS = 2;

	private static final Duration PATIENCE = Duration.ofSeconds(180);

	@TempDir
	private Path folder;

	@Autowired
	private Environment environment;

	@Autowired
	private JdbcClient jdbc;

	private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

	private final List<String> refused = new CopyOnWriteArrayList<>();

	private final AtomicReference<String> lastNotes = new AtomicReference<>();

	private final AtomicReference<String> pendingNotes = new AtomicReference<>();

	private final AtomicReference<Integer> importStatus = new AtomicReference<>();

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void aKilledInstanceKeepsEveryAcknowledgedWriteAndNoHalfWrittenRecord() throws Exception {
		// given
		Datasource database = Datasource.postgresql(this.environment);
		RegistryProcess registry = RegistryProcess.start(database, this.folder.resolve("first.log"));
		// emptied once the child has brought its schema up to date
		RegistryDatabase.clear(DatabaseBackup.client(database));
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> clients = new ArrayList<>();
		int exitStatus;
		try {
			assertThat(importPackage(registry, DataPackageFixtures.zip(DataPackageFixtures.goodPackage())))
				.isEqualTo(200);
			for (int writer = 0; writer < WRITERS; writer++) {
				int number = writer;
				clients.add(Thread.ofPlatform().start(() -> createEngagements(registry, number, running)));
			}
			clients.add(Thread.ofPlatform().start(() -> updateAgreement(registry, running)));
			assertThat(awaitAcknowledgedWrites()).as("writes acknowledged; the log:%n%s", registry.log()).isTrue();
			clients.add(Thread.ofPlatform()
				.start(() -> this.importStatus.set(importPackage(registry, DataPackageFixtures.zip(bigPackage())))));

			// when
			assertThat(awaitImportMidway(registry))
				.as("the import got to the engagements; the log:%n%s", registry.log())
				.isTrue();
			exitStatus = registry.kill();
		}
		finally {
			running.set(false);
			registry.kill();
		}
		for (Thread client : clients) {
			client.join(Duration.ofSeconds(60));
		}

		// then
		assertThat(exitStatus).as("killed by SIGKILL").isEqualTo(137);
		assertThat(this.refused).isEmpty();
		assertThat(this.acknowledged).hasSizeGreaterThanOrEqualTo(10);
		assertThat(this.importStatus.get()).as("the import was cut off").isNull();
		JdbcClient stored = DatabaseBackup.client(database);
		this.acknowledged.forEach((id,
				title) -> assertThat(stored.sql("SELECT title FROM engagement WHERE id = :id")
					.param("id", id)
					.query(String.class)
					.optional()).as(id).contains(title));
		assertThat(stored.sql("SELECT notes FROM agreement WHERE id = 'bc-gyeonggi'").query(String.class).single())
			.isIn(this.lastNotes.get(), this.pendingNotes.get());
		assertThat(stored.sql("SELECT COUNT(*) FROM engagement WHERE id LIKE 'k-%'").query(Long.class).single())
			.as("all or nothing of the import")
			.isIn(0L, (long) IMPORTED_ENGAGEMENTS);
		assertThat(halfWritten(stored)).isEmpty();
		try (RegistryProcess again = RegistryProcess.start(database, this.folder.resolve("second.log"))) {
			String id = this.acknowledged.keySet().iterator().next();
			HttpResponse<String> engagement = again.send(HttpRequest.newBuilder(again.uri("/api/v1/engagements/" + id)),
					false);
			assertThat(engagement.statusCode()).isEqualTo(200);
			assertThat(engagement.body()).contains(this.acknowledged.get(id));
		}
	}

	/**
	 * Records without their history: engagements with neither an entry of their own nor
	 * their import's entry, agreements without an entry, an agreement whose updates
	 * outnumber its UPDATED entries.
	 */
	private static List<String> halfWritten(JdbcClient stored) {
		List<String> records = new ArrayList<>(stored.sql("""
				SELECT e.id FROM engagement e
				WHERE NOT EXISTS (SELECT 1 FROM workflow_history h WHERE h.kind = 'engagement' AND h.record_id = e.id)
				AND NOT EXISTS (SELECT 1 FROM workflow_history h WHERE h.id = e.import_entry)
				""").query(String.class).list());
		records.addAll(stored.sql("""
				SELECT a.id FROM agreement a
				WHERE NOT EXISTS (SELECT 1 FROM workflow_history h WHERE h.kind = 'agreement' AND h.record_id = a.id)
				""").query(String.class).list());
		records.addAll(stored.sql("""
				SELECT a.id FROM agreement a
				WHERE a.version <> (SELECT COUNT(*) FROM workflow_history h
				  WHERE h.kind = 'agreement' AND h.record_id = a.id AND h.action = 'UPDATED')
				""").query(String.class).list());
		return records;
	}

	private boolean awaitAcknowledgedWrites() throws InterruptedException {
		Instant end = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(end) && this.refused.isEmpty()) {
			if (this.acknowledged.size() >= 10 && this.lastNotes.get() != null) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	/**
	 * Until the big import has written its governments and agreements (the second time
	 * the log says so: the first was the seed import) and is writing engagements.
	 */
	private boolean awaitImportMidway(RegistryProcess registry) throws InterruptedException {
		Instant end = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(end) && this.importStatus.get() == null) {
			if (registry.log().split("governments.csv: 4 row\\(s\\) in", -1).length > 2) {
				Thread.sleep(300);
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private void createEngagements(RegistryProcess registry, int writer, AtomicBoolean running) {
		for (int i = 1; running.get(); i++) {
			String id = "w-" + writer + "-" + i;
			String title = "Exchange " + i + " of writer " + writer;
			String agreement = (i % 2 == 0) ? "burnaby-hwaseong" : "bc-gyeonggi";
			String json = """
					{"id":"%s","agreement":"%s","year":2020,"category":"CULTURE","origin":"BOTH","title":"%s"}
					""".formatted(id, agreement, title);
			Integer status = send(registry, "POST", "/api/v1/engagements", json);
			if (status == null) {
				return;
			}
			if (status == 201) {
				this.acknowledged.put(id, title);
			}
			else {
				this.refused.add(id + ": " + status);
			}
		}
	}

	/** Sequential updates of one agreement, each on the version the last one left. */
	private void updateAgreement(RegistryProcess registry, AtomicBoolean running) {
		for (long version = currentVersion(registry); running.get(); version++) {
			String notes = "Update " + (version + 1);
			this.pendingNotes.set(notes);
			String json = """
					{"partyA":"CA-BC","partyB":"KR-41","type":"SISTER","signed":"2008-05-19","notes":"%s","version":%d}
					""".formatted(notes, version);
			Integer status = send(registry, "PUT", "/api/v1/agreements/bc-gyeonggi", json);
			if (status == null) {
				return;
			}
			if (status == 200) {
				this.lastNotes.set(notes);
			}
			else {
				this.refused.add("bc-gyeonggi version " + version + ": " + status);
				return;
			}
		}
	}

	private static long currentVersion(RegistryProcess registry) {
		try {
			String agreement = registry
				.send(HttpRequest.newBuilder(registry.uri("/api/v1/agreements/bc-gyeonggi")), false)
				.body();
			return JsonMapper.builder().build().readTree(agreement).get("version").asLong();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The status of a write, or null when the registry did not answer (it was killed).
	 */
	private static Integer send(RegistryProcess registry, String method, String path, String json) {
		try {
			return registry
				.send(HttpRequest.newBuilder(registry.uri(path))
					.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(json)), true)
				.statusCode();
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static Integer importPackage(RegistryProcess registry, byte[] zip) {
		try {
			HttpResponse<String> response = registry.send(HttpRequest.newBuilder(registry.uri("/api/v1/imports"))
				.header("Content-Type", "application/zip")
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip)), true);
			if (response.statusCode() == 200) {
				assertThat(JsonMapper.builder().build().readTree(response.body()).get("status").asString())
					.isEqualTo("IMPORTED");
			}
			return response.statusCode();
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * The good package's governments again (unchanged) and many new engagements; no
	 * agreements, which the updates change meanwhile.
	 */
	private static Map<String, String> bigPackage() {
		StringBuilder engagements = new StringBuilder("id,agreement,year,category,origin,title\n");
		for (int i = 1; i <= IMPORTED_ENGAGEMENTS; i++) {
			engagements.append("k-").append(i).append(",burnaby-hwaseong,2015,CULTURE,BOTH,Imported ").append(i);
			engagements.append('\n');
		}
		return Map.of("governments.csv", DataPackageFixtures.GOVERNMENTS, "engagements.csv", engagements.toString());
	}

}
