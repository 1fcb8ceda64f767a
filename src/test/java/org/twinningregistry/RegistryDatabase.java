package org.twinningregistry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties the registry's tables between tests that commit (integration tests share one
 * database per engine). Accounts stay: the bootstrap curator is made once per context.
 */
public final class RegistryDatabase {

	private RegistryDatabase() {
	}

	public static void clear(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM workflow_revision").update();
		jdbc.sql("DELETE FROM workflow_history").update();
		jdbc.sql("DELETE FROM workflow_confirmation").update();
		jdbc.sql("DELETE FROM engagement").update();
		jdbc.sql("UPDATE agreement SET supersedes = NULL").update();
		jdbc.sql("DELETE FROM agreement").update();
		jdbc.sql("UPDATE government SET parent_id = NULL").update();
		jdbc.sql("DELETE FROM government").update();
	}

}
