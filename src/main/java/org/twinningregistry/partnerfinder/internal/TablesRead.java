package org.twinningregistry.partnerfinder.internal;

import java.util.List;
import java.util.Set;

import org.twinningregistry.shared.TableRead;

/**
 * The other modules' tables and columns the suggestions read in SQL:
 * {@code CrossModuleSqlTests} checks each against the migrated schema, and that the SQL
 * here names no other column of them.
 */
public final class TablesRead {

	/** Every table read, with the columns read. */
	public static final List<TableRead> TABLES = List.of(
			new TableRead("gazetteer", "government", "g",
					Set.of("id", "name", "name_fr", "country", "subdivision", "level", "population", "geonames")),
			new TableRead("agreement", "agreement", "a",
					Set.of("id", "party_a", "party_b", "party_a_country", "party_b_country", "party_a_subdivision",
							"party_b_subdivision", "signed_on", "ended_on", "term_ends_until", "superseded_on")),
			new TableRead("engagement", "engagement", "e", Set.of("agreement_id", "engagement_year", "form")),
			new TableRead("strategy", "strategy", "s", Set.of("government_id", "purposes")));

	private TablesRead() {
	}

}
