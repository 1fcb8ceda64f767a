package org.twinningregistry.reporting.internal;

import java.util.List;
import java.util.Set;

import org.twinningregistry.shared.TableRead;

/**
 * The other modules' tables and columns the completeness figures read in SQL beside the
 * module's own {@code annual_report}: {@code CrossModuleSqlTests} checks each against the
 * migrated schema, and that the SQL here names no other column of them.
 */
public final class TablesRead {

	/** Every table of another module read, with the columns read. */
	public static final List<TableRead> TABLES = List.of(new TableRead("agreement", "agreement", "a",
			Set.of("signed_on", "ended_on", "term_ends_until", "superseded_on", "party_a", "party_a_name",
					"party_a_name_fr", "party_a_country", "party_a_subdivision", "party_b", "party_b_name",
					"party_b_name_fr", "party_b_country", "party_b_subdivision")));

	private TablesRead() {
	}

}
