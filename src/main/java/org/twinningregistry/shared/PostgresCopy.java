package org.twinningregistry.shared;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} for bulk writes: no statement to parse, no
 * parameters to bind, the rows as CSV text. Writers check {@link #isPostgreSql} and use
 * JDBC batches on other engines.
 */
public final class PostgresCopy {

	private PostgresCopy() {
	}

	/** Whether the connection is to PostgreSQL. */
	public static boolean isPostgreSql(Connection connection) throws SQLException {
		return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
	}

	/**
	 * Appends a text as a CSV field of {@code COPY}: quoted, so that an empty text stays
	 * one; nothing (SQL {@code NULL}) for {@code null}.
	 */
	public static StringBuilder quoted(StringBuilder csv, @Nullable String text) {
		if (text == null) {
			return csv;
		}
		csv.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			csv.append(c);
			if (c == '"') {
				csv.append('"');
			}
		}
		return csv.append('"');
	}

	/**
	 * Copies CSV rows into a table.
	 * @param columns the table and its columns, e.g. {@code engagement (id, title)}
	 */
	public static void copyIn(Connection connection, String columns, CharSequence csv) throws SQLException {
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + columns + " FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into " + columns + " failed", ex);
		}
	}

}
