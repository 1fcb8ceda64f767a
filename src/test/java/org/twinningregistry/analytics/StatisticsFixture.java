package org.twinningregistry.analytics;

import java.util.List;

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
import org.twinningregistry.gazetteer.GazetteerFixtures;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;

/**
 * Canada's relationships with Korea, Japan and the United States, built so that every
 * figure of {@code docs/statistics.md} can be computed by hand (see
 * {@code StatisticsIntegrationTests}): an upgraded (superseded) friendship, an ended, an
 * expired and a later-signed agreement, a greeting-only relationship and engagements
 * outside the window.
 */
final class StatisticsFixture {

	private StatisticsFixture() {
	}

	static void build(Gazetteer gazetteer, AgreementRegistry agreements, EngagementLog engagements) {
		SystemCurator.call(() -> {
			city(gazetteer, "van", "CA", "CA-BC");
			city(gazetteer, "bur", "CA", "CA-BC");
			city(gazetteer, "tor", "CA", "CA-ON");
			city(gazetteer, "win", "CA", "CA-MB");
			city(gazetteer, "seo", "KR", "KR-11");
			city(gazetteer, "hwa", "KR", "KR-41");
			city(gazetteer, "jin", "KR", "KR-48");
			city(gazetteer, "osa", "JP", "JP-27");
			city(gazetteer, "kus", "JP", "JP-01");
			city(gazetteer, "sea", "US", "US-WA");
			agreement(agreements, "a1", "bur", "hwa", AgreementType.SISTER, "2010-07", null, null, null);
			agreement(agreements, "a2", "van", "seo", AgreementType.FRIENDSHIP, "2008", null, null, null);
			agreement(agreements, "a3", "seo", "van", AgreementType.SISTER, "2012-05", null, null, "a2");
			agreement(agreements, "a4", "tor", "jin", AgreementType.SISTER, "1998", "2015-06-01", null, null);
			agreement(agreements, "a5", "win", "jin", AgreementType.FRIENDSHIP, "2014-03", null, "2018", null);
			agreement(agreements, "a6", "win", "seo", AgreementType.SISTER, "2020-04", null, null, null);
			agreement(agreements, "a7", "tor", "osa", AgreementType.SISTER, "1984", null, null, null);
			agreement(agreements, "a8", "van", "osa", AgreementType.COOPERATION, "2016", null, null, null);
			agreement(agreements, "a9", "bur", "kus", AgreementType.SISTER, "1965", null, null, null);
			agreement(agreements, "a10", "van", "sea", AgreementType.SISTER, "2000", null, null, null);
			agreement(agreements, "a11", "hwa", "tor", AgreementType.SISTER, "2005", null, null, null);
			agreement(agreements, "a12", "win", "hwa", AgreementType.SISTER, "2001", null, null, null);
			engagement(engagements, "e1", "a1", 2016, Category.YOUTH, "hwa", EngagementForm.PROGRAM);
			engagement(engagements, "e2", "a1", 2018, Category.CULTURE, "bur", EngagementForm.EVENT);
			engagement(engagements, "e3", "a1", 2019, Category.ADMINISTRATIVE, "BOTH", EngagementForm.CORRESPONDENCE);
			engagement(engagements, "e4", "a2", 2015, Category.ECONOMY, "van", EngagementForm.DELEGATION);
			engagement(engagements, "e5", "a3", 2017, Category.ADMINISTRATIVE, "seo", EngagementForm.CORRESPONDENCE);
			engagement(engagements, "e6", "a4", 2014, Category.CULTURE, "tor", EngagementForm.EVENT);
			engagement(engagements, "e7", "a5", 2016, Category.ECONOMY, "jin", EngagementForm.DELEGATION);
			engagement(engagements, "e8", "a7", 2019, Category.ADMINISTRATIVE, "osa", EngagementForm.CORRESPONDENCE);
			engagement(engagements, "e9", "a9", 2012, Category.SPORTS, "kus", EngagementForm.EVENT);
			engagement(engagements, "e10", "a11", 2019, Category.EDUCATION, "BOTH", EngagementForm.PROGRAM);
			engagement(engagements, "e11", "a12", 2017, Category.ADMINISTRATIVE, "win", EngagementForm.CORRESPONDENCE);
			return null;
		});
	}

	private static void city(Gazetteer gazetteer, String id, String country, String subdivision) {
		GovernmentValues city = GazetteerFixtures.aCity(id.toUpperCase(), country, subdivision);
		// every city but Winnipeg at a place derived from its name; Winnipeg, registered
		// with its GeoNames id and no coordinates, takes its place's from the world
		// gazetteer
		boolean winnipeg = id.equals("win");
		Double latitude = winnipeg ? null : (double) (id.charAt(0) - 'a');
		Double longitude = winnipeg ? null : (double) (id.charAt(1) - 'a');
		gazetteer.register(new GovernmentId(id), new GovernmentValues(city.name(), null, null, country, subdivision,
				city.level(), null, null, latitude, longitude, null, winnipeg ? 6183235L : null));
	}

	private static void agreement(AgreementRegistry agreements, String id, String a, String b, AgreementType type,
			String signed, String ended, String termEnds, String supersedes) {
		agreements.register(new AgreementId(id),
				new AgreementValues(new GovernmentId(a), new GovernmentId(b), type, PartialDate.parse(signed),
						(ended != null) ? AgreementStatus.ENDED : AgreementStatus.ACTIVE,
						PartialDate.parseOrNull(ended), PartialDate.parseOrNull(termEnds), null, null,
						(supersedes != null) ? new AgreementId(supersedes) : null, List.of(), null, null));
	}

	private static void engagement(EngagementLog engagements, String id, String agreement, int year, Category category,
			String origin, EngagementForm form) {
		engagements.record(new EngagementId(id),
				new EngagementValues(new AgreementId(agreement), year, null, null, category, origin, form,
						EngagementMode.IN_PERSON, null, null, null, null, "Engagement " + id, null, null));
	}

}
