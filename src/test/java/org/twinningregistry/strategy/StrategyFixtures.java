package org.twinningregistry.strategy;

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
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.PartialDate;

/**
 * The Canada–Korea fixture of the strategy tests: Canada's national government, British
 * Columbia, and in it Burnaby and Vancouver; Gyeonggi and in it Hwaseong; Ontario's
 * Toronto. Burnaby–Hwaseong is a sister agreement since 2010, Vancouver–Hwaseong a
 * friendship agreement since 2015.
 */
public final class StrategyFixtures {

	public static final GovernmentId CANADA = new GovernmentId("CA-national");

	public static final GovernmentId BC = new GovernmentId("CA-BC");

	public static final GovernmentId BURNABY = new GovernmentId("CA-BC-burnaby");

	public static final GovernmentId VANCOUVER = new GovernmentId("CA-BC-vancouver");

	public static final GovernmentId TORONTO = new GovernmentId("CA-ON-toronto");

	public static final GovernmentId GYEONGGI = new GovernmentId("KR-41");

	public static final GovernmentId HWASEONG = new GovernmentId("KR-41-hwaseong");

	public static final AgreementId BURNABY_HWASEONG = new AgreementId("burnaby-hwaseong");

	public static final AgreementId VANCOUVER_HWASEONG = new AgreementId("vancouver-hwaseong");

	private StrategyFixtures() {
	}

	/** Empties the registry and builds the fixture, as the system curator. */
	public static void build(JdbcClient jdbc, Gazetteer gazetteer, AgreementRegistry agreements) {
		RegistryDatabase.clear(jdbc);
		SystemCurator.call(() -> {
			government(gazetteer, CANADA, "Canada", "CA", "CA", GovernmentLevel.NATIONAL, null);
			government(gazetteer, BC, "British Columbia", "CA", "CA-BC", GovernmentLevel.REGIONAL, null);
			government(gazetteer, BURNABY, "Burnaby", "CA", "CA-BC", GovernmentLevel.LOCAL, BC);
			government(gazetteer, VANCOUVER, "Vancouver", "CA", "CA-BC", GovernmentLevel.LOCAL, BC);
			government(gazetteer, TORONTO, "Toronto", "CA", "CA-ON", GovernmentLevel.LOCAL, null);
			government(gazetteer, GYEONGGI, "Gyeonggi", "KR", "KR-41", GovernmentLevel.REGIONAL, null);
			government(gazetteer, HWASEONG, "Hwaseong", "KR", "KR-41", GovernmentLevel.LOCAL, GYEONGGI);
			agreements.register(BURNABY_HWASEONG, agreement(BURNABY, HWASEONG, AgreementType.SISTER, "2010-10"));
			agreements.register(VANCOUVER_HWASEONG, agreement(VANCOUVER, HWASEONG, AgreementType.FRIENDSHIP, "2015"));
			return null;
		});
	}

	public static RequestPostProcessor reporterOf(GovernmentId government) {
		return SecurityMockMvcRequestPostProcessors.user("reporter-" + government.value())
			.authorities(new Grant(RegistryRole.REPORTER, government.value()));
	}

	public static RequestPostProcessor reviewerOf(String subdivision) {
		return SecurityMockMvcRequestPostProcessors.user("reviewer-" + subdivision)
			.authorities(new Grant(RegistryRole.REVIEWER, subdivision));
	}

	public static RequestPostProcessor curatorOf(String country) {
		return SecurityMockMvcRequestPostProcessors.user("curator-" + country)
			.authorities(new Grant(RegistryRole.CURATOR, country));
	}

	public static AgreementValues agreement(GovernmentId a, GovernmentId b, AgreementType type, String signed) {
		return new AgreementValues(a, b, type, PartialDate.parse(signed), AgreementStatus.ACTIVE, null, null, null,
				null, null, List.of(), null, null);
	}

	private static void government(Gazetteer gazetteer, GovernmentId id, String name, String country,
			String subdivision, GovernmentLevel level, GovernmentId parent) {
		gazetteer.register(id, new GovernmentValues(name, null, null, country, subdivision, level, parent, null, null,
				null, null, null));
	}

}
