package org.twinningregistry.workflow.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.twinningregistry.shared.PostgresCopy;

/**
 * Writes history entries and clears confirmations for many records in a few statements,
 * for bulk imports (a row per statement through JPA would cost as much as the import).
 */
@Component
public class HistoryBatch {

	private static final String INSERT = "INSERT INTO workflow_history"
			+ " (kind, record_id, at, actor, actor_office, action, changes_json, reason, parties)"
			+ " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, '')";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	HistoryBatch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Who wrote the entries: the user name and the office they acted in. */
	public record Actor(String name, String office) {

	}

	/** One history entry: record id, action and its changes as JSON. */
	public record Entry(String recordId, String action, String changesJson) {

	}

	/**
	 * Inserts the entries, all by one actor (in one office) at one moment: with
	 * {@code COPY} on PostgreSQL, in JDBC batches elsewhere.
	 */
	public void insert(String kind, Actor actor, Instant at, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Boolean copied = this.jdbc.execute((ConnectionCallback<Boolean>) connection -> {
			if (!PostgresCopy.isPostgreSql(connection)) {
				return false;
			}
			copy(connection, kind, actor, at, entries);
			return true;
		});
		if (Boolean.TRUE.equals(copied)) {
			return;
		}
		Timestamp when = Timestamp.from(at);
		this.jdbc.batchUpdate(INSERT, entries, 500, (statement, entry) -> {
			statement.setString(1, kind);
			statement.setString(2, entry.recordId());
			statement.setTimestamp(3, when);
			statement.setString(4, actor.name());
			statement.setString(5, actor.office());
			statement.setString(6, entry.action());
			statement.setString(7, entry.changesJson());
		});
	}

	private static void copy(Connection connection, String kind, Actor actor, Instant at, List<Entry> entries)
			throws SQLException {
		StringBuilder csv = new StringBuilder(entries.size() * 256);
		String fixed = PostgresCopy.quoted(new StringBuilder(), kind).toString();
		String when = at.toString();
		String by = PostgresCopy.quoted(new StringBuilder(), actor.name())
			.append(',')
			.append(PostgresCopy.quoted(new StringBuilder(), actor.office()))
			.toString();
		for (Entry entry : entries) {
			csv.append(fixed).append(',');
			PostgresCopy.quoted(csv, entry.recordId()).append(',').append(when).append(',').append(by).append(',');
			PostgresCopy.quoted(csv, entry.action()).append(',');
			PostgresCopy.quoted(csv, entry.changesJson()).append(",\"\"\n");
		}
		PostgresCopy.copyIn(connection,
				"workflow_history (kind, record_id, at, actor, actor_office, action, changes_json, parties)", csv);
	}

	/** Clears the confirmations of the records (their published values changed). */
	public void clearConfirmations(String kind, Collection<String> recordIds) {
		if (recordIds.isEmpty()) {
			return;
		}
		this.named.update("DELETE FROM workflow_confirmation WHERE kind = :kind AND record_id IN (:ids)",
				new MapSqlParameterSource("kind", kind).addValue("ids", recordIds));
	}

}
