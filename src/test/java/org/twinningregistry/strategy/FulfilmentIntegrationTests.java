package org.twinningregistry.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.reporting.SettableClock;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.strategy.StrategyFixtures.BC;
import static org.twinningregistry.strategy.StrategyFixtures.BURNABY;
import static org.twinningregistry.strategy.StrategyFixtures.BURNABY_HWASEONG;
import static org.twinningregistry.strategy.StrategyFixtures.HWASEONG;

/**
 * Fulfilment and alignment against figures computed by hand, on the engine of the active
 * profile, on 2025-06-15. British Columbia's purposes are POLICY and ECONOMY; Burnaby has
 * none of its own. The 2024–2026 plan of Burnaby–Hwaseong:
 * <ol>
 * <li>a1, 2024 YOUTH by Burnaby — MISSED: the only youth exchange (e1) was
 * Hwaseong's;</li>
 * <li>a2, 2024 CULTURE joint — MET by e2, Hwaseong's culture event;</li>
 * <li>a3, 2024 ECONOMY by Burnaby — MET by e3, a joint forum;</li>
 * <li>a4, 2025 POLICY by Hwaseong — MET by e5;</li>
 * <li>a5, 2025 YOUTH by Burnaby — PENDING (2025 has not ended);</li>
 * <li>a6, 2024 CULTURE by Burnaby — MET by e6, a joint festival (exact and side matches
 * before joint ones: pairing the joint festival with the joint a2 would leave a6
 * unmet);</li>
 * <li>a7, 2024 ECONOMY joint — MISSED: e3 already met a3 (one engagement, one activity),
 * and e4 is correspondence.</li>
 * </ol>
 * Plan: 7 planned, 4 met, 2 missed, 1 pending, rate 4 ÷ 6. Burnaby 2024 (its own and the
 * joint ones): a1, a2, a3, a6, a7 — 5, 3 met, 2 missed, rate 0.6. Hwaseong 2024: a2, a7 —
 * rate 0.5. Burnaby's substantive engagements of 2024: e1, e2, e3, e6 — one ECONOMY,
 * alignment 1 ÷ 4.
 */
@SpringBootTest
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
class FulfilmentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements,
			@Autowired StrategyBook strategies, @Autowired PlanBook plans, @Autowired EngagementLog engagements) {
		this.clock.setDay(LocalDate.of(2025, 6, 15));
		StrategyFixtures.build(jdbc, gazetteer, agreements);
		String b = BURNABY.value();
		String h = HWASEONG.value();
		SystemCurator.call(() -> {
			strategies.put(new StrategyValues(BC, List.of(Category.POLICY, Category.ECONOMY), Statement.NONE, List.of(),
					null, null, null), null);
			plans.propose(new PlanId("plan"), new PlanValues(BURNABY_HWASEONG, 2024, 2026,
					List.of(activity("a1", 2024, Category.YOUTH, b), activity("a2", 2024, Category.CULTURE, "BOTH"),
							activity("a3", 2024, Category.ECONOMY, b), activity("a4", 2025, Category.POLICY, h),
							activity("a5", 2025, Category.YOUTH, b), activity("a6", 2024, Category.CULTURE, b),
							activity("a7", 2024, Category.ECONOMY, "BOTH"))));
			engagement(engagements, "e1", 2024, "2024-05-01", Category.YOUTH, h, EngagementForm.PROGRAM);
			engagement(engagements, "e2", 2024, "2024-04-01", Category.CULTURE, h, EngagementForm.EVENT);
			engagement(engagements, "e3", 2024, null, Category.ECONOMY, "BOTH", EngagementForm.CONFERENCE);
			engagement(engagements, "e4", 2024, null, Category.ECONOMY, b, EngagementForm.CORRESPONDENCE);
			engagement(engagements, "e5", 2025, "2025-03-01", Category.POLICY, h, EngagementForm.DELEGATION);
			engagement(engagements, "e6", 2024, "2024-02-01", Category.CULTURE, "BOTH", EngagementForm.EVENT);
			return null;
		});
	}

	@Test
	void aPlansFulfilmentGivesEveryActivitysStateAndWhatMetIt() throws Exception {
		this.mvc.perform(get("/api/v1/plans/plan/fulfilment"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2025-06-15"))
			.andExpect(jsonPath("$.planned").value(7))
			.andExpect(jsonPath("$.met").value(4))
			.andExpect(jsonPath("$.missed").value(2))
			.andExpect(jsonPath("$.pending").value(1))
			.andExpect(jsonPath("$.rate").value(0.6667))
			.andExpect(jsonPath("$.activities[*].state",
					contains("MISSED", "MET", "MET", "MET", "PENDING", "MET", "MISSED")))
			.andExpect(jsonPath("$.activities[*].engagement.id", contains("e2", "e3", "e5", "e6")))
			.andExpect(jsonPath("$.activities[0].engagement").value(nullValue()));
	}

	@Test
	void theProvincesFiguresCountEachGovernmentsOwnAndJointActivitiesAndItsAlignment() throws Exception {
		this.mvc.perform(get("/api/v1/statistics/fulfilment").param("scope", "CA-BC").param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.governments[*].government", contains("CA-BC", "CA-BC-burnaby", "CA-BC-vancouver")))
			.andExpect(jsonPath("$.governments[*].hasStrategy", contains(true, false, false)))
			.andExpect(jsonPath("$.governments[*].hasCurrentPlan", contains(false, true, false)))
			.andExpect(jsonPath("$.governments[1].planned").value(5))
			.andExpect(jsonPath("$.governments[1].met").value(3))
			.andExpect(jsonPath("$.governments[1].missed").value(2))
			.andExpect(jsonPath("$.governments[1].pending").value(0))
			.andExpect(jsonPath("$.governments[1].rate").value(0.6))
			.andExpect(jsonPath("$.governments[1].alignment.purposesOf").value("CA-BC"))
			.andExpect(jsonPath("$.governments[1].alignment.engagements").value(4))
			.andExpect(jsonPath("$.governments[1].alignment.aligned").value(1))
			.andExpect(jsonPath("$.governments[1].alignment.share").value(0.25))
			.andExpect(jsonPath("$.governments[1].alignment.byPurpose[*].purpose", contains("POLICY", "ECONOMY")))
			.andExpect(jsonPath("$.governments[1].alignment.byPurpose[*].engagements", contains(0, 1)))
			.andExpect(jsonPath("$.governments[2].rate").value(nullValue()))
			.andExpect(jsonPath("$.governments[2].alignment.share").value(nullValue()))
			.andExpect(jsonPath("$.totals.governments").value(3))
			.andExpect(jsonPath("$.totals.withStrategy").value(1))
			.andExpect(jsonPath("$.totals.withCurrentPlan").value(1))
			.andExpect(jsonPath("$.totals.planned").value(5))
			.andExpect(jsonPath("$.totals.rate").value(0.6))
			.andExpect(jsonPath("$.totals.engagements").value(4))
			.andExpect(jsonPath("$.totals.alignment").value(0.25));
	}

	@Test
	void theOtherSideCountsTheJointActivitiesAndItsOwn() throws Exception {
		this.mvc.perform(get("/api/v1/statistics/fulfilment").param("scope", "KR-41-hwaseong").param("year", "2024"))
			.andExpect(jsonPath("$.governments[0].planned").value(2))
			.andExpect(jsonPath("$.governments[0].met").value(1))
			.andExpect(jsonPath("$.governments[0].rate").value(0.5))
			.andExpect(jsonPath("$.governments[0].alignment.purposesOf").value(nullValue()));
		this.mvc.perform(get("/api/v1/statistics/fulfilment").param("scope", "KR-41-hwaseong").param("year", "2025"))
			.andExpect(jsonPath("$.governments[0].planned").value(1))
			.andExpect(jsonPath("$.governments[0].met").value(1));
		this.mvc
			.perform(get("/api/v1/statistics/fulfilment").param("scope", "CA-BC-burnaby")
				.param("year", "2025")
				.param("window", "2"))
			.andExpect(jsonPath("$.alignmentFrom").value(2024))
			.andExpect(jsonPath("$.governments[0].pending").value(1))
			.andExpect(jsonPath("$.governments[0].rate").value(nullValue()))
			.andExpect(jsonPath("$.governments[0].alignment.engagements").value(5))
			.andExpect(jsonPath("$.governments[0].alignment.share").value(0.4));
	}

	@Test
	void theFiguresComeAsCsvAndBadChoicesAreExplained() throws Exception {
		this.mvc
			.perform(get("/api/v1/statistics/fulfilment").param("scope", "CA-BC")
				.param("year", "2024")
				.param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString(
					"2024,CA-BC-burnaby,Burnaby,CA-BC,false,true,5,3,2,0,0.6,CA-BC,POLICY;ECONOMY,4,1,0.25")))
			.andExpect(content().string(containsString("2024,TOTAL,CA-BC,,1,1,5,3,2,0,0.6,,,4,1,0.25")));
		this.mvc.perform(get("/api/v1/statistics/fulfilment")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/statistics/fulfilment").param("scope", "CA-ZZ"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/statistics/fulfilment").param("scope", "nobody"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/statistics/fulfilment").param("scope", "CA").param("window", "0"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/statistics/fulfilment").param("scope", "CA").param("format", "pdf"))
			.andExpect(status().isBadRequest());
	}

	private static PlannedActivity activity(String key, int year, Category category, String origin) {
		return new PlannedActivity(key, year, category, null, origin, null, key.toUpperCase(Locale.ROOT), null);
	}

	private static void engagement(EngagementLog engagements, String id, int year, @Nullable String date,
			Category category, String origin, EngagementForm form) {
		engagements.record(new EngagementId(id),
				new EngagementValues(new AgreementId("burnaby-hwaseong"), year, PartialDate.parseOrNull(date), null,
						category, origin, form, EngagementMode.IN_PERSON, null, null, null, null, "Engagement " + id,
						null, null));
	}

}
