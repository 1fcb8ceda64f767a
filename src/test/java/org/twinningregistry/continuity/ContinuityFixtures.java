package org.twinningregistry.continuity;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;

/**
 * Burnaby's relationships, as a new officer would inherit them: Hwaseong (화성시), a
 * friendship of 2008-10 upgraded to a sister agreement signed 2010-07-20 (council
 * resolution R-2010-117), with engagements in 2012, 2019 and 2023; Kushiro (釧路市), a
 * sister city since 1965-05-14 whose last engagement was in 2015 (dormant), and a
 * fixed-term cooperation MOU with it (2021-03-01, term to 2030-02-28); and, outside
 * British Columbia, Toronto–Seoul (서울특별시), also signed 2010-07-20.
 */
public final class ContinuityFixtures {

	public static final GovernmentId BURNABY = new GovernmentId("CA-BC-burnaby");

	public static final GovernmentId HWASEONG = new GovernmentId("KR-41-hwaseong");

	public static final GovernmentId KUSHIRO = new GovernmentId("JP-01-kushiro");

	public static final GovernmentId TORONTO = new GovernmentId("CA-ON-toronto");

	public static final GovernmentId SEOUL = new GovernmentId("KR-11");

	public static final AgreementId BURNABY_HWASEONG = new AgreementId("burnaby-hwaseong");

	public static final AgreementId FRIENDSHIP_2008 = new AgreementId("burnaby-hwaseong-2008");

	public static final AgreementId BURNABY_KUSHIRO = new AgreementId("burnaby-kushiro");

	public static final AgreementId KUSHIRO_MOU = new AgreementId("burnaby-kushiro-mou");

	public static final AgreementId TORONTO_SEOUL = new AgreementId("toronto-seoul");

	public static final EngagementId DELEGATION_2019 = new EngagementId("bh-2019");

	private ContinuityFixtures() {
	}

	/** Empties the registry and writes the fixture, as the system curator. */
	public static void burnabyAndItsPartners(ApplicationContext context) {
		RegistryDatabase.clear(context.getBean(JdbcClient.class));
		Gazetteer gazetteer = context.getBean(Gazetteer.class);
		AgreementRegistry agreements = context.getBean(AgreementRegistry.class);
		EngagementLog engagements = context.getBean(EngagementLog.class);
		SystemCurator.call(() -> {
			government(gazetteer, BURNABY, "Burnaby", null, "CA", "CA-BC");
			government(gazetteer, HWASEONG, "Hwaseong", "화성시", "KR", "KR-41");
			government(gazetteer, KUSHIRO, "Kushiro", "釧路市", "JP", "JP-01");
			government(gazetteer, TORONTO, "Toronto", null, "CA", "CA-ON");
			government(gazetteer, SEOUL, "Seoul", "서울특별시", "KR", "KR-11");
			agreements.register(FRIENDSHIP_2008,
					agreement(BURNABY, HWASEONG, AgreementType.FRIENDSHIP, "2008-10", null, null, null));
			agreements.register(BURNABY_HWASEONG, agreement(BURNABY, HWASEONG, AgreementType.SISTER, "2010-07-20", null,
					"R-2010-117", FRIENDSHIP_2008));
			agreements.register(BURNABY_KUSHIRO,
					agreement(BURNABY, KUSHIRO, AgreementType.SISTER, "1965-05-14", null, null, null));
			agreements.register(KUSHIRO_MOU,
					agreement(BURNABY, KUSHIRO, AgreementType.COOPERATION, "2021-03-01", "2030-02-28", null, null));
			agreements.register(TORONTO_SEOUL,
					agreement(TORONTO, SEOUL, AgreementType.SISTER, "2010-07-20", null, null, null));
			engagements.record(new EngagementId("bh-2012"), engagement(BURNABY_HWASEONG, 2012, Category.CULTURE,
					BURNABY.value(), EngagementForm.EVENT, "Burnaby choir in Hwaseong"));
			engagements.record(DELEGATION_2019, engagement(BURNABY_HWASEONG, 2019, Category.ADMINISTRATIVE,
					HWASEONG.value(), EngagementForm.DELEGATION, "Hwaseong mayor's delegation to Burnaby"));
			engagements.record(new EngagementId("bh-2023"), engagement(BURNABY_HWASEONG, 2023, Category.YOUTH,
					EngagementValues.BOTH, EngagementForm.PROGRAM, "Youth homestay exchange"));
			engagements.record(new EngagementId("bk-2015"), engagement(BURNABY_KUSHIRO, 2015, Category.CULTURE,
					KUSHIRO.value(), EngagementForm.EVENT, "Kushiro taiko drummers at Burnaby Village"));
			return null;
		});
	}

	private static void government(Gazetteer gazetteer, GovernmentId id, String name, @Nullable String nameLocal,
			String country, String subdivision) {
		gazetteer.register(id,
				new GovernmentValues(name, null, nameLocal, country, subdivision,
						id.value().length() == 5 ? GovernmentLevel.REGIONAL : GovernmentLevel.LOCAL, null, null, null,
						null, null, null));
	}

	static AgreementValues agreement(GovernmentId a, GovernmentId b, AgreementType type, String signed,
			@Nullable String termEnds, @Nullable String resolution, @Nullable AgreementId supersedes) {
		return new AgreementValues(a, b, type, PartialDate.parse(signed), AgreementStatus.ACTIVE, null,
				PartialDate.parseOrNull(termEnds), null, resolution, supersedes, List.of(), null, null);
	}

	private static EngagementValues engagement(AgreementId agreement, int year, Category category, String origin,
			EngagementForm form, String title) {
		return new EngagementValues(agreement, year, null, null, category, origin, form, EngagementMode.IN_PERSON, null,
				null, null, null, title, null, null);
	}

}
