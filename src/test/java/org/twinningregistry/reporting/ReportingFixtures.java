package org.twinningregistry.reporting;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GazetteerFixtures;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PartialDate;

/**
 * Canadian governments whose agreements make them expected to report, or not, for the
 * April–March reporting year 2024 (2024-04-01 to 2025-03-31, due by 2025-06-30):
 * <ul>
 * <li>Vancouver (CA-BC): a sister agreement since 2010 — expected;</li>
 * <li>Burnaby (CA-BC): its agreement ended 2024-02 — not expected (it is for calendar
 * 2024);</li>
 * <li>Victoria (CA-BC): signed 2025-05, after the period — not expected;</li>
 * <li>Kelowna (CA-BC): signed 2025-03, in the period's last month — expected (not for
 * calendar 2024);</li>
 * <li>Toronto (CA-ON): ended 2024-06-15, within the period — expected;</li>
 * <li>Ottawa (CA-ON): its term ran out in 2024-03 — not expected (it is for calendar
 * 2024).</li>
 * </ul>
 * The partners are Seoul and Hwaseong (KR).
 */
final class ReportingFixtures {

	static final GovernmentId VANCOUVER = new GovernmentId("van");

	static final GovernmentId BURNABY = new GovernmentId("bur");

	static final GovernmentId KELOWNA = new GovernmentId("kel");

	static final GovernmentId TORONTO = new GovernmentId("tor");

	static final GovernmentId OTTAWA = new GovernmentId("ott");

	private ReportingFixtures() {
	}

	static void build(JdbcClient jdbc, Gazetteer gazetteer, AgreementRegistry agreements) {
		jdbc.sql("DELETE FROM annual_report").update();
		RegistryDatabase.clear(jdbc);
		SystemCurator.call(() -> {
			city(gazetteer, "van", "Vancouver", "CA", "CA-BC");
			city(gazetteer, "bur", "Burnaby", "CA", "CA-BC");
			city(gazetteer, "vic", "Victoria", "CA", "CA-BC");
			city(gazetteer, "kel", "Kelowna", "CA", "CA-BC");
			city(gazetteer, "tor", "Toronto", "CA", "CA-ON");
			city(gazetteer, "ott", "Ottawa", "CA", "CA-ON");
			city(gazetteer, "seo", "Seoul", "KR", "KR-11");
			city(gazetteer, "hwa", "Hwaseong", "KR", "KR-41");
			agreement(agreements, "a1", "van", "seo", "2010", null, null);
			agreement(agreements, "a2", "bur", "hwa", "2000", "2024-02", null);
			agreement(agreements, "a3", "vic", "seo", "2025-05", null, null);
			agreement(agreements, "a4", "kel", "hwa", "2025-03", null, null);
			agreement(agreements, "a5", "tor", "hwa", "1990", "2024-06-15", null);
			agreement(agreements, "a6", "ott", "seo", "2024-01", null, "2024-03");
			return null;
		});
	}

	static RequestPostProcessor reporterOf(GovernmentId government) {
		return SecurityMockMvcRequestPostProcessors.user("reporter-" + government.value())
			.authorities(new Grant(RegistryRole.REPORTER, government.value()));
	}

	static RequestPostProcessor reviewerOf(String subdivision) {
		return SecurityMockMvcRequestPostProcessors.user("reviewer-" + subdivision)
			.authorities(new Grant(RegistryRole.REVIEWER, subdivision));
	}

	private static void city(Gazetteer gazetteer, String id, String name, String country, String subdivision) {
		gazetteer.register(new GovernmentId(id), GazetteerFixtures.aCity(name, country, subdivision));
	}

	private static void agreement(AgreementRegistry agreements, String id, String a, String b, String signed,
			String ended, String termEnds) {
		agreements.register(new AgreementId(id),
				new AgreementValues(new GovernmentId(a), new GovernmentId(b), AgreementType.SISTER,
						PartialDate.parse(signed), (ended != null) ? AgreementStatus.ENDED : AgreementStatus.ACTIVE,
						PartialDate.parseOrNull(ended), PartialDate.parseOrNull(termEnds), null, null, null, List.of(),
						null, null));
	}

}
