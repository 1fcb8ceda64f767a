package org.twinningregistry.engagement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.UpsertEngagement;
import org.twinningregistry.engagement.domain.Engagement;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.PostgresCopy;
import org.twinningregistry.shared.UpsertOutcome;

/**
 * Creates or replaces many engagements by key in a few statements, in the caller's
 * transaction: one query reads those that exist, PostgreSQL's {@code COPY} (multi-row
 * {@code INSERT}s on another database) creates the new ones, a JDBC batch of
 * {@code EngagementColumns.UPDATE}s replaces the changed ones (their version moves on, as
 * JPA's would), and unchanged ones are not written. The SQL is plain enough for
 * PostgreSQL and H2 alike. It writes the table the {@link Engagement} entity maps, with
 * the same columns and values.
 */
@Component
public class EngagementBatchWriter {

	/**
	 * Rows a multi-row INSERT carries: 17 parameters each, far below any driver's limit.
	 */
	private static final int INSERT_ROWS = 250;

	private final JdbcTemplate jdbc;

	EngagementBatchWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the rows; their ids must differ.
	 * @param importEntry the history entry of the import, asked for when the rows create
	 * engagements, which keep it
	 * @return what became of each row, in the rows' order
	 */
	public Written upsert(List<UpsertEngagement> rows, LongSupplier importEntry) {
		return write(rows, stored(rows), importEntry);
	}

	/**
	 * Reads which of the rows are stored, with their values and version: the first half
	 * of {@link #upsert}.
	 */
	public Map<String, Stored> stored(List<UpsertEngagement> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.execute((ConnectionCallback<Map<String, Stored>>) connection -> existing(connection, rows));
	}

	/**
	 * Writes the rows against what {@link #stored} found: the second half of
	 * {@link #upsert}. A row changed since (its version moved on) fails the whole batch.
	 * @throws ConflictException if someone changed a stored row meanwhile
	 */
	public Written write(List<UpsertEngagement> rows, Map<String, Stored> stored, LongSupplier importEntry) {
		if (rows.isEmpty()) {
			return new Written(List.of(), Map.of());
		}
		return this.jdbc
			.execute((ConnectionCallback<Written>) connection -> write(connection, rows, stored, importEntry));
	}

	/**
	 * A stored engagement's values and version.
	 *
	 * @param values its values
	 * @param version its version
	 */
	public record Stored(EngagementValues values, long version) {

	}

	/**
	 * What a batch did: each row's outcome, in order, and the values the updated rows had
	 * before, by id (for the history).
	 *
	 * @param outcomes each row's outcome
	 * @param replaced the former values of updated rows
	 */
	public record Written(List<UpsertOutcome> outcomes, Map<String, EngagementValues> replaced) {

	}

	private Written write(Connection connection, List<UpsertEngagement> rows, Map<String, Stored> stored,
			LongSupplier importEntry) throws SQLException {
		boolean postgresql = PostgresCopy.isPostgreSql(connection);
		setting(connection, postgresql, "SET LOCAL enable_seqscan = off");
		List<UpsertOutcome> outcomes = new ArrayList<>(rows.size());
		List<UpsertEngagement> inserts = new ArrayList<>();
		List<UpsertEngagement> updates = new ArrayList<>();
		Map<String, EngagementValues> replaced = new HashMap<>();
		for (UpsertEngagement row : rows) {
			Stored old = stored.get(row.id().value());
			if (old == null) {
				outcomes.add(UpsertOutcome.CREATED);
				inserts.add(row);
			}
			else if (old.values().equals(row.values())) {
				outcomes.add(UpsertOutcome.UNCHANGED);
			}
			else {
				outcomes.add(UpsertOutcome.UPDATED);
				updates.add(row);
				replaced.put(row.id().value(), old.values());
			}
		}
		if (!inserts.isEmpty()) {
			long entry = importEntry.getAsLong();
			if (postgresql) {
				copy(connection, inserts, entry);
			}
			else {
				insert(connection, inserts, entry);
			}
		}
		update(connection, updates, stored);
		setting(connection, postgresql, "SET LOCAL enable_seqscan TO DEFAULT");
		return new Written(outcomes, replaced);
	}

	private static void setting(Connection connection, boolean postgresql, String sql) throws SQLException {
		if (postgresql) {
			try (Statement set = connection.createStatement()) {
				set.execute(sql);
			}
		}
	}

	private static Map<String, Stored> existing(Connection connection, List<UpsertEngagement> rows)
			throws SQLException {
		// a table being filled in this transaction was never analysed: PostgreSQL then
		// guesses that scanning it all is cheaper than a thousand index probes, a scan
		// that grows with every batch written; the probes (and the updates' lookups by
		// id) are what is wanted whatever the size; reset at the end of the write
		setting(connection, PostgresCopy.isPostgreSql(connection), "SET LOCAL enable_seqscan = off");
		String sql = "SELECT id, " + EngagementColumns.COLUMNS + ", version FROM engagement WHERE id IN ("
				+ String.join(", ", Collections.nCopies(rows.size(), "?")) + ")";
		Map<String, Stored> existing = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			for (int i = 0; i < rows.size(); i++) {
				select.setString(i + 1, rows.get(i).id().value());
			}
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					existing.put(result.getString(1), new Stored(EngagementColumns.values(result), result.getLong(18)));
				}
			}
		}
		if (existing.size() < rows.size() && rows.stream().map(r -> r.id().value()).distinct().count() < rows.size()) {
			throw new IllegalArgumentException("the same engagement id twice in one batch");
		}
		return existing;
	}

	private static void insert(Connection connection, List<UpsertEngagement> rows, long importEntry)
			throws SQLException {
		for (int from = 0; from < rows.size(); from += INSERT_ROWS) {
			List<UpsertEngagement> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_ROWS));
			String sql = "INSERT INTO engagement (" + EngagementColumns.INSERTED + ") VALUES "
					+ String.join(", ", Collections.nCopies(chunk.size(),
							"(" + "?, ".repeat(EngagementColumns.PARAMETERS) + importEntry + ", 0)"));
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				int index = 1;
				for (UpsertEngagement row : chunk) {
					insert.setString(index, row.id().value());
					EngagementColumns.bind(insert, index + 1, row.values());
					index += EngagementColumns.PARAMETERS;
				}
				insert.executeUpdate();
			}
		}
	}

	/**
	 * Creates the rows with PostgreSQL's COPY, the fastest way in: no statement to parse,
	 * no parameters to bind, the rows as CSV text.
	 */
	private static void copy(Connection connection, List<UpsertEngagement> rows, long importEntry) throws SQLException {
		String end = "," + importEntry + ",0\n";
		StringBuilder csv = new StringBuilder(rows.size() * 256);
		for (UpsertEngagement row : rows) {
			EngagementColumns.csv(csv, row).append(end);
		}
		PostgresCopy.copyIn(connection, "engagement (" + EngagementColumns.INSERTED + ")", csv);
	}

	/**
	 * Updates the rows, each only if still at the version read: one that moved on was
	 * changed by someone else since, and the import must not silently overwrite it.
	 */
	private static void update(Connection connection, List<UpsertEngagement> rows, Map<String, Stored> stored)
			throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		try (PreparedStatement update = connection.prepareStatement(EngagementColumns.UPDATE)) {
			for (UpsertEngagement row : rows) {
				EngagementColumns.bind(update, 1, row.values());
				update.setString(EngagementColumns.PARAMETERS, row.id().value());
				update.setLong(EngagementColumns.PARAMETERS + 1, stored.get(row.id().value()).version());
				update.addBatch();
			}
			int[] counts = update.executeBatch();
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] == 0) {
					throw new ConflictException("error.import.changed-meanwhile", "engagement",
							rows.get(i).id().value());
				}
			}
		}
	}

}
