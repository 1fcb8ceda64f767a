package org.twinningregistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.twinningregistry.RegistryProcess.Datasource;

/**
 * A backup of the test's database restored into a fresh one, with each engine's own
 * tools, as {@code docs/operations.md} describes them: on PostgreSQL {@code pg_dump}
 * (custom format) of the test's database and {@code pg_restore} into a scratch database
 * made for it (dropped by {@link #close()}); on H2 {@code SCRIPT TO} a file and
 * {@code RUNSCRIPT FROM} it into a new file database.
 */
sealed interface DatabaseBackup extends AutoCloseable {

	/** Backs the test's database up and restores it; returns where the copy is. */
	Datasource backUpAndRestore() throws Exception;

	/** Removes the copy. */
	@Override
	void close() throws Exception;

	static DatabaseBackup of(Datasource database, DataSource dataSource, Path folder) {
		return database.postgresql() ? new Postgresql(database, JdbcClient.create(dataSource), folder)
				: new H2(dataSource, folder);
	}

	/** Every row of every table of the database, as text, by table name, rows sorted. */
	static Map<String, List<String>> tables(JdbcClient jdbc) {
		List<String> names = jdbc
			.sql("SELECT table_name FROM information_schema.tables"
					+ " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		Map<String, List<String>> tables = new TreeMap<>();
		for (String name : names) {
			List<String> rows = new ArrayList<>(jdbc.sql("SELECT * FROM \"" + name + "\"").query((result, row) -> {
				StringBuilder text = new StringBuilder();
				for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
					Object value = result.getObject(column);
					text.append(result.getMetaData().getColumnName(column).toLowerCase())
						.append('=')
						.append((value instanceof byte[] bytes) ? HexFormat.of().formatHex(bytes) : value)
						.append('|');
				}
				return text.toString();
			}).list());
			rows.sort(null);
			tables.put(name.toLowerCase(), rows);
		}
		return tables;
	}

	static JdbcClient client(Datasource database) {
		return JdbcClient.create(new DriverManagerDataSource(database.url(), database.user(), database.password()));
	}

	/** pg_dump → a scratch database → pg_restore, over TCP as the test's user. */
	final class Postgresql implements DatabaseBackup {

		private final Datasource database;

		private final JdbcClient jdbc;

		private final Path folder;

		private final String scratch = "registry_restore_"
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

		private boolean created;

		Postgresql(Datasource database, JdbcClient jdbc, Path folder) {
			this.database = database;
			this.jdbc = jdbc;
			this.folder = folder;
		}

		@Override
		public Datasource backUpAndRestore() throws Exception {
			Path dump = this.folder.resolve("registry.dump");
			run(List.of("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + dump,
					"--username=" + this.database.user(), "--dbname=" + libpq(this.database.url())));
			createScratchDatabase();
			Datasource copy = new Datasource(this.database.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + this.scratch),
					this.database.user(), this.database.password());
			run(List.of("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
					"--username=" + this.database.user(), "--dbname=" + libpq(copy.url()), dump.toString()));
			return copy;
		}

		/**
		 * As the test's user when it may create databases, else (the user that
		 * scripts/test-services.sh makes may not) as the postgres OS user, owned by the
		 * test's user.
		 */
		private void createScratchDatabase() throws Exception {
			boolean mayCreate = this.jdbc.sql("SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user")
				.query(Boolean.class)
				.single();
			if (mayCreate) {
				this.jdbc.sql("CREATE DATABASE " + this.scratch).update();
			}
			else {
				run(List.of("runuser", "-u", "postgres", "--", "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
						"CREATE DATABASE " + this.scratch + " OWNER " + this.database.user()));
			}
			this.created = true;
		}

		/**
		 * {@code jdbc:postgresql://host:port/db?…} as libpq's URI, without parameters.
		 */
		private static String libpq(String jdbcUrl) {
			return jdbcUrl.substring("jdbc:".length()).replaceFirst("\\?.*$", "");
		}

		private void run(List<String> command) throws IOException, InterruptedException {
			Path output = this.folder.resolve("command.log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().put("PGPASSWORD", this.database.password());
			Process process = builder.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command.get(0) + " did not finish in 2 minutes");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("%s failed (status %d): %s".formatted(command, process.exitValue(),
						Files.readString(output, StandardCharsets.UTF_8)));
			}
		}

		@Override
		public void close() {
			if (this.created) {
				this.jdbc.sql("DROP DATABASE IF EXISTS " + this.scratch + " WITH (FORCE)").update();
			}
		}

	}

	/** SCRIPT TO a file → RUNSCRIPT FROM it into a new H2 file database. */
	final class H2 implements DatabaseBackup {

		private final DataSource dataSource;

		private final Path folder;

		H2(DataSource dataSource, Path folder) {
			this.dataSource = dataSource;
			this.folder = folder;
		}

		@Override
		public Datasource backUpAndRestore() throws SQLException {
			Path script = this.folder.resolve("registry.sql").toAbsolutePath();
			try (Connection connection = this.dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("SCRIPT TO '" + script + "'");
			}
			Datasource copy = Datasource.h2File(this.folder.resolve("restored").resolve("registry"));
			try (Connection connection = DriverManager.getConnection(copy.url(), copy.user(), copy.password());
					Statement statement = connection.createStatement()) {
				statement.execute("RUNSCRIPT FROM '" + script + "'");
				// the script carries the in-memory original's DB_CLOSE_DELAY -1: the copy
				// must close with its last connection, for the registry to open it
				statement.execute("SET DB_CLOSE_DELAY 0");
			}
			return copy;
		}

		@Override
		public void close() {
			// the copy lives in the test's temporary folder
		}

	}

}
