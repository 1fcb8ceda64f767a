package org.twinningregistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.core.env.Environment;

/**
 * The registry as a separate JVM: the application's main class on the test JVM's class
 * path, on a database of the test's choosing, with the test profiles' bootstrap curator,
 * listening on a free loopback port (or, for a command-line import, not listening at
 * all). Its output goes to a log file the test can read. {@link #kill()} ends it without
 * warning ({@link Process#destroyForcibly()}: SIGKILL on Unix, which the exit status 137
 * shows).
 */
public final class RegistryProcess implements AutoCloseable {

	private static final Duration START_PATIENCE = Duration.ofSeconds(300);

	private final Process process;

	private final Path log;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private RegistryProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * The command that runs the registry on the database with these further arguments
	 * ({@code --name=value}).
	 */
	public static List<String> command(Datasource database, List<String> arguments) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx320m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						TwinningRegistryApplication.class.getName(), "--spring.main.banner-mode=off",
						"--registry.demo-data=false", "--registry.bootstrap.username=" + ApiTestSupport.CURATOR,
						"--registry.bootstrap.password=" + ApiTestSupport.CURATOR_PASSWORD));
		// the world gazetteer's index the tests share, built before any process starts
		command.add("--registry.gazetteer.folder=" + GazetteerIndex.built());
		command.add("--spring.datasource.url=" + database.url());
		command.add("--spring.datasource.username=" + database.user());
		command.add("--spring.datasource.password=" + database.password());
		command.addAll(arguments);
		return command;
	}

	/** Starts the registry's web server on the database and waits until it is healthy. */
	public static RegistryProcess start(Datasource database, Path log) throws IOException, InterruptedException {
		int port = freePort();
		Process process = new ProcessBuilder(command(database,
				List.of("--server.address=127.0.0.1", "--server.port=" + port, "--logging.level.root=WARN",
						"--logging.level.org.twinningregistry=INFO")))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		RegistryProcess registry = new RegistryProcess(process, log, port);
		registry.awaitHealthy();
		return registry;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void awaitHealthy() throws InterruptedException {
		Instant end = Instant.now().plus(START_PATIENCE);
		while (Instant.now().isBefore(end) && this.process.isAlive()) {
			try {
				if (send(HttpRequest.newBuilder(uri("/actuator/health")).GET(), false).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("the registry did not start; its log:%n%s".formatted(log()));
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** Sends a request, as the bootstrap curator (HTTP Basic) when asked, for text. */
	public HttpResponse<String> send(HttpRequest.Builder request, boolean asCurator)
			throws IOException, InterruptedException {
		return this.http.send(authorized(request, asCurator).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Sends a request, as the bootstrap curator when asked, for bytes. */
	public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request, boolean asCurator)
			throws IOException, InterruptedException {
		return this.http.send(authorized(request, asCurator).timeout(Duration.ofSeconds(120)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, boolean asCurator) {
		if (asCurator) {
			String credentials = ApiTestSupport.CURATOR + ":" + ApiTestSupport.CURATOR_PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	/** What the process has written so far. */
	public String log() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Kills the process without warning and returns its exit status (137 = 128 + 9: ended
	 * by SIGKILL).
	 */
	public int kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the registry outlived SIGKILL");
		}
		return this.process.exitValue();
	}

	/** Stops the process as an operator would (SIGTERM, graceful shutdown). */
	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	/** Where the child's database is, and who it connects as. */
	public record Datasource(String url, String user, String password) {

		/**
		 * The test's database on PostgreSQL, which a child may share; on H2 (in memory
		 * for the test JVM alone) a file database of its own in the folder.
		 */
		public static Datasource forChild(Environment environment, Path folder) {
			String url = environment.getRequiredProperty("spring.datasource.url");
			if (url.startsWith("jdbc:postgresql:")) {
				return new Datasource(url, environment.getProperty("spring.datasource.username", ""),
						environment.getProperty("spring.datasource.password", ""));
			}
			return h2File(folder.resolve("h2").resolve("registry"));
		}

		/**
		 * The test's PostgreSQL database: the test's own when it runs on PostgreSQL, else
		 * the one the PostgreSQL pass uses ({@code REGISTRY_TEST_POSTGRES_*}, as
		 * {@code application-postgresql.properties} reads them).
		 */
		public static Datasource postgresql(Environment environment) {
			String url = environment.getRequiredProperty("spring.datasource.url");
			if (url.startsWith("jdbc:postgresql:")) {
				return forChild(environment, Path.of("unused"));
			}
			return new Datasource(env("REGISTRY_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/registry_test"),
					env("REGISTRY_TEST_POSTGRES_USER", "registry"), env("REGISTRY_TEST_POSTGRES_PASSWORD", "registry"));
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value != null && !value.isBlank()) ? value : fallback;
		}

		/**
		 * An H2 database in a file of its own (the embedded engine's form of
		 * persistence).
		 */
		public static Datasource h2File(Path file) {
			return new Datasource(
					"jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
		}

		public boolean postgresql() {
			return this.url.startsWith("jdbc:postgresql:");
		}

	}

}
