package org.twinningregistry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties the registry's tables between tests that commit (integration tests share one
 * database per engine). The bootstrap curator (made once per context) stays; other
 * accounts and every API token go.
 */
public final class RegistryDatabase {

	private RegistryDatabase() {
	}

	public static void clear(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM import_job").update();
		jdbc.sql("DELETE FROM annual_report_plan_review").update();
		jdbc.sql("DELETE FROM document_content").update();
		jdbc.sql("DELETE FROM document").update();
		jdbc.sql("DELETE FROM annual_report").update();
		jdbc.sql("DELETE FROM partner_request").update();
		jdbc.sql("DELETE FROM strategy_relationship_decision").update();
		jdbc.sql("DELETE FROM strategy").update();
		jdbc.sql("DELETE FROM strategy_plan_activity").update();
		jdbc.sql("DELETE FROM strategy_plan").update();
		jdbc.sql("DELETE FROM workflow_revision").update();
		jdbc.sql("DELETE FROM workflow_history").update();
		jdbc.sql("DELETE FROM workflow_confirmation").update();
		jdbc.sql("DELETE FROM engagement").update();
		jdbc.sql("UPDATE agreement SET supersedes = NULL").update();
		jdbc.sql("DELETE FROM agreement").update();
		jdbc.sql("UPDATE government SET parent_id = NULL").update();
		jdbc.sql("DELETE FROM government").update();
		jdbc.sql("DELETE FROM api_token").update();
		jdbc.sql("DELETE FROM account_login_throttle").update();
		jdbc.sql("DELETE FROM account WHERE username <> :curator").param("curator", ApiTestSupport.CURATOR).update();
	}

}
