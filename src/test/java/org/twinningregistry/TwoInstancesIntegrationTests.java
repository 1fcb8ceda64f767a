package org.twinningregistry;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.importexport.DataPackageFixtures;
import org.twinningregistry.importexport.job.ImportJobReaper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the registry, A and B (two application contexts with web servers of
 * their own, as two processes behind a load balancer would be), started at the same time
 * on one empty database, checked through both: what one does, the other sees. In the
 * PostgreSQL pass they share a fresh schema of the test database; in the H2 pass a fresh
 * in-memory database of this JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String SCHEMA = "two_instances";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	private String startup = "";

	@BeforeAll
	void startBothAtOnce(CapturedOutput output) throws Exception {
		String url = freshDatabase();
		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start("A", url));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start("B", url));
		this.a = first.get();
		this.b = second.get();
		this.startup = output.getAll();
	}

	@AfterAll
	void stop() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { this.a, this.b }) {
			if (context != null) {
				context.close();
			}
		}
	}

	@Test
	@Order(1)
	void startUpWorkRanOnceThoughBothStartedTogether() {
		// then
		assertThat(count("SELECT COUNT(*) FROM account")).isEqualTo(1);
		assertThat(occurrences(this.startup, "Created the first curator account")).isEqualTo(1);
		assertThat(occurrences(this.startup, "Loaded the demo data package")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM government")).isPositive();
	}

	@Test
	@Order(2)
	void aSessionSignedInOnAWorksOnBWithItsCsrfTokenAndFlashMessages() throws Exception {
		// given: signed in on A
		HttpResponse<String> form = send(this.a, HttpRequest.newBuilder(uri(this.a, "/login")).GET(), null);
		String cookie = cookie(form);
		HttpResponse<String> signedIn = send(this.a,
				HttpRequest.newBuilder(uri(this.a, "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(BodyPublishers.ofString("username=" + ApiTestSupport.CURATOR + "&password="
							+ ApiTestSupport.CURATOR_PASSWORD + "&_csrf=" + csrf(form))),
				cookie);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String session = cookie(signedIn);
		HttpResponse<String> ownPageOnA = send(this.a, HttpRequest.newBuilder(uri(this.a, "/account")).GET(), session);

		// when: B shows the account page, takes A's form token, and its flash message
		// shows on A
		HttpResponse<String> ownPageOnB = send(this.b, HttpRequest.newBuilder(uri(this.b, "/account")).GET(), session);
		HttpResponse<String> issued = send(this.b,
				HttpRequest.newBuilder(uri(this.b, "/account/tokens"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(BodyPublishers.ofString("name=from-b&_csrf=" + csrf(ownPageOnA))),
				session);
		HttpResponse<String> afterOnA = send(this.a, HttpRequest.newBuilder(uri(this.a, "/account")).GET(), session);
		HttpResponse<String> forgedOnB = send(this.b,
				HttpRequest.newBuilder(uri(this.b, "/account/tokens"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(BodyPublishers.ofString("name=forged&_csrf=not-the-token")),
				session);

		// then
		assertThat(ownPageOnB.statusCode()).isEqualTo(200);
		assertThat(ownPageOnB.body()).contains("My account");
		assertThat(issued.statusCode()).isEqualTo(302);
		assertThat(issued.headers().firstValue("Location").orElseThrow()).endsWith("/account");
		assertThat(afterOnA.body()).contains("The token was issued.", "trg_");
		assertThat(forgedOnB.statusCode()).isEqualTo(403);
		assertThat(count("SELECT COUNT(*) FROM api_token")).isEqualTo(1);
	}

	@Test
	@Order(3)
	void aJobSubmittedOnAIsFollowedAndCancelledOnBAndQueuedJobsRunOnEither() throws Exception {
		// given: a long job running on A, which has one worker
		Map<String, String> counts = tableCounts();
		HttpResponse<String> submitted = api(this.a, "POST", "/api/v1/imports?async=true", "application/zip",
				DataPackageFixtures.zip(largePackage()));
		assertThat(submitted.statusCode()).isEqualTo(202);
		String path = path(submitted);
		String running = await(this.b, path, job -> "RUNNING".equals(JsonPath.read(job, "$.status"))
				&& JsonPath.<Integer>read(job, "$.rowsDone") > 0);

		// when: another job submitted on A waits for a worker, which B has
		HttpResponse<String> queued = api(this.a, "POST", "/api/v1/imports?async=true", "application/zip",
				DataPackageFixtures.zip(Map.of("governments.csv",
						"id,name,country,subdivision,level\nXX-nowhere," + "Nowhere,XX,,LOCAL\n")));
		String other = await(this.b, path(queued), TwoInstancesIntegrationTests::ended);
		HttpResponse<String> cancel = api(this.b, "DELETE", path, null, null);
		String cancelled = await(this.b, path, TwoInstancesIntegrationTests::ended);

		// then
		assertThat(JsonPath.<String>read(running, "$.status")).isEqualTo("RUNNING");
		assertThat(instanceOf(path)).isEqualTo("A");
		assertThat(JsonPath.<String>read(other, "$.status")).isEqualTo("REJECTED");
		assertThat(instanceOf(path(queued))).isEqualTo("B");
		assertThat(cancel.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(cancelled, "$.status")).isEqualTo("CANCELLED");
		assertThat(tableCounts()).isEqualTo(counts);
		assertThat(count("SELECT COUNT(*) FROM import_job_file")).isZero();
	}

	@Test
	@Order(4)
	void aJobWhoseInstanceIsGoneIsMarkedFailedAndSeenSoOnBoth() throws Exception {
		// given: a job left running by an instance C that stopped beating an hour ago
		String id = UUID.randomUUID().toString();
		JdbcClient jdbc = this.a.getBean(JdbcClient.class);
		OffsetDateTime now = jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single();
		jdbc.sql("INSERT INTO import_job (id, owner, kind, dry_run, locale, status, submitted, started, instance, "
				+ "heartbeat) VALUES (:id, :owner, 'ZIP', FALSE, 'en', 'RUNNING', :then, :then, 'C', :then)")
			.param("id", id)
			.param("owner", ApiTestSupport.CURATOR)
			.param("then", now.minusHours(1))
			.update();

		// when
		reapOnce(this.b);
		String onA = api(this.a, "GET", "/api/v1/imports/jobs/" + id, null, null).body();
		String onB = api(this.b, "GET", "/api/v1/imports/jobs/" + id, null, null).body();

		// then
		assertThat(JsonPath.<String>read(onA, "$.status")).isEqualTo("FAILED");
		assertThat(JsonPath.<String>read(onA, "$.problemCode")).isEqualTo("import.job.lost");
		assertThat(JsonPath.<String>read(onB, "$.status")).isEqualTo("FAILED");
		assertThat(JsonPath.<String>read(onB, "$.finished")).isEqualTo(JsonPath.read(onA, "$.finished"));
	}

	@Test
	@Order(5)
	void scheduledWorkRunsOnOneInstanceAtATime() throws Exception {
		// given: the reaper's lock, as a third instance running it would hold it
		ImportJobReaper reaperA = this.a.getBean(ImportJobReaper.class);
		ImportJobReaper reaperB = this.b.getBean(ImportJobReaper.class);
		SimpleLock held = awaitLock(this.a.getBean(LockProvider.class));
		long before = reaperA.runs() + reaperB.runs();

		// when
		reaperA.reap();
		reaperB.reap();
		long whileHeld = reaperA.runs() + reaperB.runs() - before;
		held.unlock();
		reaperA.reap();
		reaperB.reap();
		long afterwards = reaperA.runs() + reaperB.runs() - before;

		// then
		assertThat(whileHeld).isZero();
		assertThat(afterwards).as("A reaps, B finds the lock held at least 5 s").isEqualTo(1);
	}

	@Test
	@Order(6)
	void aWriteOnAIsSeenOnB() throws Exception {
		// given
		HttpResponse<String> before = api(this.b, "GET", "/api/v1/governments/CA-BC", null, null);

		// when
		HttpResponse<String> imported = api(this.a, "POST", "/api/v1/imports", "application/zip", DataPackageFixtures
			.zip(Map.of("governments.csv",
					DataPackageFixtures.GOVERNMENTS.replace("British Columbia,", "Province of British Columbia,"))));
		HttpResponse<String> after = api(this.b, "GET", "/api/v1/governments/CA-BC", null, null);
		HttpResponse<String> search = send(this.b,
				HttpRequest.newBuilder(uri(this.b, "/governments?q=Province+of+British")).GET(), null);

		// then
		assertThat(imported.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(before.body(), "$.name")).isEqualTo("British Columbia");
		assertThat(JsonPath.<String>read(after.body(), "$.name")).isEqualTo("Province of British Columbia");
		assertThat(search.body()).contains("Province of British Columbia");
	}

	private ConfigurableApplicationContext start(String name, String url) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + url, "--spring.datasource.hikari.maximum-pool-size=5",
				"--registry.demo-data=true", "--registry.bootstrap.username=" + ApiTestSupport.CURATOR,
				"--registry.bootstrap.password=" + ApiTestSupport.CURATOR_PASSWORD,
				"--registry.import.jobs.instance-name=" + name, "--registry.import.jobs.poll=200ms",
				"--registry.import.jobs.lost-after=5s", "--registry.import.jobs.reap-every=1h",
				"--spring.jmx.enabled=false"));
		if (!postgres()) {
			args.add("--spring.datasource.username=sa");
			args.add("--spring.datasource.password=");
		}
		return new SpringApplicationBuilder(TwinningRegistryApplication.class).run(args.toArray(String[]::new));
	}

	private static boolean postgres() {
		return System.getProperty("spring.profiles.active", "").contains("postgresql");
	}

	/** A schema of its own on PostgreSQL, dropped first; a new in-memory H2 database. */
	private static String freshDatabase() throws Exception {
		if (!postgres()) {
			return "jdbc:h2:mem:two-instances-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		String base = System.getenv()
			.getOrDefault("REGISTRY_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/registry_test");
		String user = System.getenv().getOrDefault("REGISTRY_TEST_POSTGRES_USER", "registry");
		String password = System.getenv().getOrDefault("REGISTRY_TEST_POSTGRES_PASSWORD", "registry");
		try (Connection connection = DriverManager.getConnection(base, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			statement.execute("CREATE SCHEMA " + SCHEMA);
		}
		return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + "&user="
				+ URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
	}

	private long count(String sql) {
		return this.a.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
	}

	private Map<String, String> tableCounts() {
		Map<String, String> counts = new LinkedHashMap<>();
		for (String table : List.of("government", "agreement", "engagement", "workflow_history")) {
			counts.put(table, String.valueOf(count("SELECT COUNT(*) FROM " + table)));
		}
		return counts;
	}

	private String instanceOf(String path) {
		return this.a.getBean(JdbcClient.class)
			.sql("SELECT instance FROM import_job WHERE id = :id")
			.param("id", path.substring(path.lastIndexOf('/') + 1))
			.query(String.class)
			.single();
	}

	/** Reaps on the instance once the lock is free (a run holds it at least 5 s). */
	private static void reapOnce(ConfigurableApplicationContext instance) throws InterruptedException {
		ImportJobReaper reaper = instance.getBean(ImportJobReaper.class);
		long before = reaper.runs();
		Instant deadline = Instant.now().plus(PATIENCE);
		while (reaper.runs() == before && Instant.now().isBefore(deadline)) {
			reaper.reap();
			Thread.sleep(200);
		}
		assertThat(reaper.runs()).isGreaterThan(before);
	}

	private static SimpleLock awaitLock(LockProvider locks) throws InterruptedException {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(deadline)) {
			Optional<SimpleLock> lock = locks
				.lock(new LockConfiguration(Instant.now(), "import-job-reaper", Duration.ofMinutes(1), Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the reaper's lock stayed taken");
	}

	private String await(ConfigurableApplicationContext instance, String path, Predicate<String> until)
			throws Exception {
		Instant deadline = Instant.now().plus(PATIENCE);
		String job = "";
		while (Instant.now().isBefore(deadline)) {
			job = api(instance, "GET", path, null, null).body();
			if (until.test(job)) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import job " + path + " did not get there; last: " + job);
	}

	private static boolean ended(String job) {
		return !JsonPath.<String>read(job, "$.status").matches("QUEUED|RUNNING");
	}

	private static String path(HttpResponse<String> submitted) {
		String location = submitted.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/api/"));
	}

	private HttpResponse<String> api(ConfigurableApplicationContext instance, String method, String path, String type,
			byte[] body) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString(
					(ApiTestSupport.CURATOR + ":" + ApiTestSupport.CURATOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path))
			.header("Authorization", "Basic " + basic)
			.method(method, (body != null) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody());
		if (type != null) {
			request.header("Content-Type", type);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> send(ConfigurableApplicationContext instance, HttpRequest.Builder request,
			String cookie) throws Exception {
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String cookie(HttpResponse<String> response) {
		String header = response.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(header).startsWith("SESSION=");
		return header.substring(0, header.indexOf(';'));
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	/** The good package's governments and agreements, and many engagements. */
	private static Map<String, String> largePackage() {
		StringBuilder engagements = new StringBuilder("id,agreement,year,category,origin,title\n");
		for (int i = 1; i <= 300_000; i++) {
			engagements.append("two-").append(i).append(",burnaby-hwaseong,2015,CULTURE,BOTH,Exchange ").append(i);
			engagements.append('\n');
		}
		Map<String, String> files = new LinkedHashMap<>();
		files.put("governments.csv", DataPackageFixtures.GOVERNMENTS);
		files.put("agreements.csv", DataPackageFixtures.AGREEMENTS);
		files.put("engagements.csv", engagements.toString());
		return files;
	}

}
