package org.twinningregistry.shared;

import java.util.Set;

/**
 * A table of another module that a module reads in SQL, which Spring Modulith cannot see:
 * the reading module declares each such table once, in main code, with the columns it
 * reads, and a test checks the declaration against the migrated schema and the module's
 * SQL, so renaming a column fails the build instead of a dashboard.
 *
 * @param module the module that owns the table (its Flyway migrations create it)
 * @param table the table
 * @param alias the alias the reading module's SQL always gives the table
 * @param columns the columns read
 */
public record TableRead(String module, String table, String alias, Set<String> columns) {

	public TableRead {
		columns = Set.copyOf(columns);
	}

}
