package org.twinningregistry.analytics.internal;

import java.util.List;
import java.util.Set;

import org.twinningregistry.shared.TableRead;

/**
 * The other modules' tables and columns this module's statistics read in SQL (the module
 * has no tables of its own): {@code CrossModuleSqlTests} checks each against the migrated
 * schema, and that the SQL here names no other column of them.
 */
public final class TablesRead {

	/** Every table read, with the columns read. */
	public static final List<TableRead> TABLES = List.of(
			new TableRead("agreement", "agreement", "a",
					Set.of("id", "type", "signed", "signed_on", "ended_on", "term_ends_until", "superseded_on",
							"party_a", "party_a_name", "party_a_name_fr", "party_a_country", "party_a_subdivision",
							"party_b", "party_b_name", "party_b_name_fr", "party_b_country", "party_b_subdivision")),
			new TableRead("engagement", "engagement", "e",
					Set.of("agreement_id", "engagement_year", "category", "origin", "form")));

	private TablesRead() {
	}

}
