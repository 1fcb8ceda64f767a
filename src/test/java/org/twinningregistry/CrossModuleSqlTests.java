package org.twinningregistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.twinningregistry.shared.TableRead;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL that reads another module's tables, which Spring Modulith cannot see, is
 * declared in the reading module ({@code <module>/internal/TablesRead}): every declared
 * column exists in the schema the Flyway migrations make (on H2, and on PostgreSQL in the
 * suite's PostgreSQL run), the declared owner is the module whose migration creates the
 * table, and the module's SQL names no table of another module and no column of a
 * declared table beyond those declared. Renaming a column a module reads fails here.
 */
class CrossModuleSqlTests {

	private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");

	private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE TABLE\\s+(?:IF NOT EXISTS\\s+)?(\\w+)");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern TABLE_NAMED = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+([a-z_]+)");

	/** Table to the module whose migration creates it. */
	private static final Map<String, String> OWNERS = new HashMap<>();

	private static final Map<String, Set<String>> COLUMNS = new HashMap<>();

	static Stream<ModuleReads> readers() {
		return Stream.of(new ModuleReads("analytics", org.twinningregistry.analytics.internal.TablesRead.TABLES),
				new ModuleReads("reporting", org.twinningregistry.reporting.internal.TablesRead.TABLES),
				new ModuleReads("strategy", org.twinningregistry.strategy.internal.TablesRead.TABLES),
				new ModuleReads("partnerfinder", org.twinningregistry.partnerfinder.internal.TablesRead.TABLES));
	}

	@BeforeAll
	static void migrate() throws IOException, SQLException {
		for (Resource migration : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/*.sql")) {
			Matcher name = MIGRATION.matcher(String.valueOf(migration.getFilename()));
			if (name.matches()) {
				Matcher create = CREATE_TABLE
					.matcher(migration.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
				while (create.find()) {
					OWNERS.put(create.group(1).toLowerCase(Locale.ROOT), name.group(1));
				}
			}
		}
		boolean postgresql = String.valueOf(System.getProperty("spring.profiles.active")).contains("postgresql");
		String url = postgresql
				? System.getenv()
					.getOrDefault("REGISTRY_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/registry_test")
				: "jdbc:h2:mem:cross-module-sql;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		String user = postgresql ? System.getenv().getOrDefault("REGISTRY_TEST_POSTGRES_USER", "registry") : "sa";
		String password = postgresql ? System.getenv().getOrDefault("REGISTRY_TEST_POSTGRES_PASSWORD", "registry") : "";
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				PreparedStatement query = connection.prepareStatement("SELECT LOWER(table_name), LOWER(column_name)"
						+ " FROM information_schema.columns WHERE table_schema = current_schema()");
				ResultSet columns = query.executeQuery()) {
			while (columns.next()) {
				COLUMNS.computeIfAbsent(columns.getString(1), table -> new TreeSet<>()).add(columns.getString(2));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("readers")
	void everyDeclaredColumnExistsInTheMigratedSchema(ModuleReads reader) {
		for (TableRead read : reader.tables()) {
			assertThat(OWNERS.get(read.table())).as("module whose migration creates %s", read.table())
				.isEqualTo(read.module())
				.isNotEqualTo(reader.module());
			assertThat(COLUMNS.getOrDefault(read.table(), Set.of()))
				.as("columns of %s read by %s", read.table(), reader.module())
				.containsAll(read.columns());
		}
	}

	@ParameterizedTest
	@MethodSource("readers")
	void theModulesSqlReadsOnlyWhatItDeclares(ModuleReads reader) throws IOException {
		List<String> literals = literals(reader.module());
		Map<String, TableRead> declared = new HashMap<>();
		reader.tables().forEach(read -> declared.put(read.table(), read));
		for (String literal : literals) {
			Matcher table = TABLE_NAMED.matcher(literal);
			while (table.find()) {
				String name = table.group(1).toLowerCase(Locale.ROOT);
				String owner = OWNERS.get(name);
				if (owner != null && !owner.equals(reader.module())) {
					assertThat(declared).as("%s reads %s of %s: declare it", reader.module(), name, owner)
						.containsKey(name);
				}
			}
		}
		for (TableRead read : reader.tables()) {
			Pattern column = Pattern.compile("\\b" + read.alias() + "\\.([a-z_]+)");
			for (String literal : literals) {
				Matcher named = column.matcher(literal);
				while (named.find()) {
					// a name ending in '_' is completed by the code ("a.party_" + side)
					String name = named.group(1);
					assertThat(read.columns()
						.stream()
						.anyMatch(c -> name.endsWith("_") ? c.startsWith(name) : c.equals(name)))
						.as("%s's SQL names %s.%s (%s), which it does not declare", reader.module(), read.alias(), name,
								read.table())
						.isTrue();
				}
			}
		}
	}

	/** The string literals of the module's main code. */
	private static List<String> literals(String module) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/twinningregistry", module))) {
			return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
				try {
					return LITERAL.matcher(Files.readString(file)).results().map(m -> m.group(1));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
	}

	record ModuleReads(String module, List<TableRead> tables) {

		@Override
		public String toString() {
			return this.module;
		}

	}

}
