package org.twinningregistry;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.twinningregistry.RegistryProcess.Datasource;
import org.twinningregistry.importexport.DataPackageFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;

/**
 * Backup and restore, as {@code docs/operations.md} describes them, on the engine of the
 * active profile. A registry with governments, agreements, engagements, history, a
 * pending revision, a confirmation, an annual report, an account and a token is backed up
 * with the engine's own tool ({@code pg_dump}/{@code pg_restore} on PostgreSQL,
 * {@code SCRIPT}/{@code RUNSCRIPT} on H2) into a fresh database; every table holds the
 * same rows, and the registry started there (a separate JVM) exports the same data
 * package, answers the same history and takes new writes. And a data package export
 * imported into an empty registry exports the same package. Exports are compared byte for
 * byte, except {@code datapackage.json}'s {@code created} time and the registry's own
 * address ({@code registry.path}), which name when and where a package was made.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackupRestoreIntegrationTests {

	private static final String REPORTER_PASSWORD = "backup-reporter-passphrase";

	private static final String GIVEN_PASSWORD = "given-by-the-administrator";

	private static final String HISTORY = "/api/v1/agreements/burnaby-hwaseong/history";

	@TempDir
	private Path folder;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment environment;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void aRestoredBackupHoldsTheSameRegistry() throws Exception {
		// given
		fill();
		byte[] original = export();
		String history = this.mvc.perform(get(HISTORY).with(curator())).andReturn().getResponse().getContentAsString();
		Map<String, List<String>> tables = DatabaseBackup.tables(this.jdbc);

		try (DatabaseBackup backup = DatabaseBackup.of(testDatabase(), this.dataSource, this.folder)) {
			// when
			Datasource restored = backup.backUpAndRestore();

			// then
			assertThat(DatabaseBackup.tables(DatabaseBackup.client(restored))).isEqualTo(tables);
			try (RegistryProcess registry = RegistryProcess.start(restored, this.folder.resolve("restored.log"))) {
				HttpResponse<byte[]> exported = registry
					.sendForBytes(HttpRequest.newBuilder(registry.uri("/api/v1/exports/data-package.zip")), false);
				assertThat(exported.statusCode()).isEqualTo(200);
				assertThat(comparable(exported.body())).isEqualTo(comparable(original));
				assertThat(registry.send(HttpRequest.newBuilder(registry.uri(HISTORY)), true).body())
					.isEqualTo(history);
				HttpResponse<String> created = registry.send(
						HttpRequest.newBuilder(registry.uri("/api/v1/engagements"))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(
									"""
											{"id":"after-restore","agreement":"bc-gyeonggi","year":2024,"category":"YOUTH","origin":"BOTH","title":"After the restore"}
											""")),
						true);
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			}
		}
	}

	@Test
	void anExportImportedIntoAnEmptyRegistryExportsTheSame() throws Exception {
		// given
		fill();
		byte[] original = export();
		RegistryDatabase.clear(this.jdbc);

		// when
		this.mvc.perform(post("/api/v1/imports").with(curator()).contentType("application/zip").content(original))
			.andExpect(status().isOk());

		// then
		assertThat(comparable(export())).isEqualTo(comparable(original));
	}

	/**
	 * Every kind of record: an import, then single-record writes by the curator and by a
	 * reporter of Burnaby.
	 */
	private void fill() throws Exception {
		this.mvc
			.perform(post("/api/v1/imports").with(curator())
				.contentType("application/zip")
				.content(DataPackageFixtures.zip(DataPackageFixtures.goodPackage())))
			.andExpect(status().isOk());
		send(post("/api/v1/accounts"), curator(), """
				{"username":"rita","password":"%s","roles":[{"role":"REPORTER","scope":"CA-BC-burnaby"}]}
				""".formatted(GIVEN_PASSWORD));
		// she replaces the password the administrator gave her, as she must first
		send(post("/api/v1/accounts/me/password"), httpBasic("rita", GIVEN_PASSWORD), """
				{"currentPassword":"%s","newPassword":"%s"}
				""".formatted(GIVEN_PASSWORD, REPORTER_PASSWORD));
		send(post("/api/v1/tokens"), curator(), "{\"name\":\"backup test\"}");
		send(put("/api/v1/governments/CA-BC-burnaby"), curator(),
				"""
						{"name":"Burnaby","nameFr":"Burnaby","country":"CA","subdivision":"CA-BC","level":"LOCAL","parent":"CA-BC","population":249197,"latitude":49.26636,"longitude":-122.95263,"version":%d}
						"""
					.formatted(version("government")));
		send(post("/api/v1/engagements"), curator(), """
				{"id":"e-3","agreement":"burnaby-hwaseong","year":2019,"date":"2019-05-02","category":"YOUTH",
				 "origin":"KR-41-hwaseong","form":"PROGRAM","participants":24,"cost":12000.5,"currency":"KRW",
				 "title":"Students' summer «camp», 서울","description":"Two weeks\\nin Burnaby"}
				""");
		RequestPostProcessor rita = httpBasic("rita", REPORTER_PASSWORD);
		send(post("/api/v1/agreements/burnaby-hwaseong/confirm"), rita, "");
		send(post("/api/v1/engagements"), rita,
				"""
						{"id":"e-draft","agreement":"burnaby-hwaseong","year":2024,"category":"SPORTS","origin":"BOTH","title":"Draft"}
						""");
		send(post("/api/v1/reporting/2024/reports"), rita,
				"{\"government\":\"CA-BC-burnaby\",\"nothingToReport\":false,\"note\":\"One exchange.\"}");
		awaitListeners();
	}

	private long version(String table) {
		return this.jdbc.sql("SELECT version FROM " + table + " WHERE id = 'CA-BC-burnaby'").query(Long.class).single();
	}

	private void send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		int status = this.mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("%s", json).isBetween(200, 299);
	}

	/**
	 * Until the listeners of the writes' events are done (their publications deleted).
	 */
	private void awaitListeners() throws InterruptedException {
		Instant end = Instant.now().plus(Duration.ofSeconds(30));
		while (this.jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single() > 0
				&& Instant.now().isBefore(end)) {
			Thread.sleep(50);
		}
	}

	private byte[] export() throws Exception {
		return this.mvc.perform(get("/api/v1/exports/data-package.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * The package's files in order, as text, with {@code datapackage.json}'s time of
	 * making and registry address left out.
	 */
	private static Map<String, String> comparable(byte[] zip) {
		Map<String, String> files = new LinkedHashMap<>();
		DataPackageFixtures.unzip(zip)
			.forEach((name, bytes) -> files.put(name, new String(bytes, StandardCharsets.UTF_8)));
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode descriptor = (ObjectNode) json.readTree(files.get("datapackage.json"));
		assertThat(descriptor.remove("created")).isNotNull();
		((ObjectNode) descriptor.get("registry")).remove("path");
		files.put("datapackage.json", json.writeValueAsString(descriptor));
		return files;
	}

	private Datasource testDatabase() {
		return new Datasource(this.environment.getRequiredProperty("spring.datasource.url"),
				this.environment.getProperty("spring.datasource.username", ""),
				this.environment.getProperty("spring.datasource.password", ""));
	}

}
