package org.twinningregistry.analytics;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.analytics.BilateralStatistics.CategoryCount;
import org.twinningregistry.analytics.BilateralStatistics.SubdivisionActivity;
import org.twinningregistry.analytics.CountryStatistics.PartnerCount;
import org.twinningregistry.analytics.CountryStatistics.SubdivisionCount;
import org.twinningregistry.analytics.GovernmentScorecard.AgreementCard;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure of docs/statistics.md against values computed by hand from
 * {@link StatisticsFixture}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatisticsIntegrationTests {

	private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);

	@Autowired
	Statistics statistics;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements,
			@Autowired EngagementLog engagements) {
		RegistryDatabase.clear(jdbc);
		StatisticsFixture.build(gazetteer, agreements, engagements);
	}

	@Test
	void countsCanadasCurrentRelationshipsAtTheEndOf2019() {
		// when
		CountryStatistics canada = this.statistics.country("CA", END_OF_2019);

		// then: a2 superseded, a4 ended, a5 expired, a6 signed later
		assertThat(canada.relationships()).isEqualTo(8);
		assertThat(canada.partnerCountries()).isEqualTo(3);
		assertThat(canada.byType()).containsExactly(Map.entry("SISTER", 7L), Map.entry("FRIENDSHIP", 0L),
				Map.entry("COOPERATION", 1L));
		assertThat(canada.partners()).containsExactly(new PartnerCount("KR", 4, 4, 1), new PartnerCount("JP", 3, 3, 2),
				new PartnerCount("US", 1, 1, 3));
		assertThat(canada.bySubdivision()).containsExactly(new SubdivisionCount("CA-BC", 5),
				new SubdivisionCount("CA-ON", 2), new SubdivisionCount("CA-MB", 1));
	}

	@Test
	void countsNewAgreementsPerYearInTotalAndPerTopPartner() {
		// when
		CountryStatistics canada = this.statistics.country("CA", END_OF_2019);

		// then: every agreement signed by the date, current or not; a6 (2020) not yet
		assertThat(canada.newPerYear()).extracting(y -> y.year() + ":" + y.count())
			.containsExactly("1965:1", "1984:1", "1998:1", "2000:1", "2001:1", "2005:1", "2008:1", "2010:1", "2012:1",
					"2014:1", "2016:1");
		assertThat(canada.newPerYear().get(8).byPartner()).containsExactly(Map.entry("KR", 1L), Map.entry("JP", 0L),
				Map.entry("US", 0L));
	}

	@Test
	void countsDifferentlyAsOfAnEarlierDate() {
		// when
		CountryStatistics canada = this.statistics.country("CA", LocalDate.of(2014, 12, 31));

		// then: a4 not yet ended, a5 not yet expired, a8 not yet signed
		assertThat(canada.relationships()).isEqualTo(9);
		assertThat(canada.partners()).extracting(PartnerCount::country, PartnerCount::relationships)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("KR", 6L),
					org.assertj.core.groups.Tuple.tuple("JP", 2L), org.assertj.core.groups.Tuple.tuple("US", 1L));
	}

	@Test
	void tellsActiveFromDormantCanadaKoreaRelationships() {
		// when
		BilateralStatistics canadaKorea = this.statistics.bilateral("CA", "KR", END_OF_2019, 5);

		// then: win-hwa exchanged greetings only; van-seo is active through its
		// superseded friendship's 2015 visit
		assertThat(canadaKorea.relationships()).isEqualTo(4);
		assertThat(canadaKorea.active()).isEqualTo(3);
		assertThat(canadaKorea.dormant()).isEqualTo(1);
		assertThat(canadaKorea.frequency()).isCloseTo(0.2, within(1e-9));
		assertThat(canadaKorea.dormantAgreements()).containsExactly("a12");
		assertThat(canadaKorea.bySubdivision()).containsExactly(new SubdivisionActivity("CA-BC", 2, 2, 0.3),
				new SubdivisionActivity("CA-MB", 1, 0, 0.0), new SubdivisionActivity("CA-ON", 1, 1, 0.2));
	}

	@Test
	void splitsCategoriesInTheWindowByOrigin() {
		// when
		BilateralStatistics canadaKorea = this.statistics.bilateral("CA", "KR", END_OF_2019, 5);

		// then: e6 (2014) is outside the window; e7 counts although its agreement has
		// expired
		assertThat(canadaKorea.categories()).containsExactly(
				new CategoryCount("ADMINISTRATIVE", 3, Map.of("CA", 1L, "KR", 1L, "BOTH", 1L)),
				new CategoryCount("CULTURE", 1, Map.of("CA", 1L, "KR", 0L, "BOTH", 0L)),
				new CategoryCount("ECONOMY", 2, Map.of("CA", 1L, "KR", 1L, "BOTH", 0L)),
				new CategoryCount("EDUCATION", 1, Map.of("CA", 0L, "KR", 0L, "BOTH", 1L)),
				new CategoryCount("YOUTH", 1, Map.of("CA", 0L, "KR", 1L, "BOTH", 0L)));
	}

	@Test
	void windowChangesActiveness() {
		// when: 2019 alone
		BilateralStatistics lastYear = this.statistics.bilateral("CA", "KR", END_OF_2019, 1);

		// then: only tor-hwa had a substantive engagement in 2019
		assertThat(lastYear.active()).isEqualTo(1);
		assertThat(lastYear.frequency()).isCloseTo(0.25, within(1e-9));
	}

	@Test
	void scoresAGovernmentsAgreements() {
		// when
		GovernmentScorecard hwaseong = this.statistics.government(new GovernmentId("hwa"), END_OF_2019, 5);

		// then
		assertThat(hwaseong.agreements()).containsExactly(
				new AgreementCard("a12", "win", "WIN", "CA", "SISTER", "2001", true, 18, null, 0.0, false),
				new AgreementCard("a11", "tor", "TOR", "CA", "SISTER", "2005", true, 14, 2019, 0.2, true),
				new AgreementCard("a1", "bur", "BUR", "CA", "SISTER", "2010-07", true, 9, 2018, 0.4, true));
		assertThat(hwaseong.categories()).containsExactly(Map.entry("ADMINISTRATIVE", 2L), Map.entry("CULTURE", 1L),
				Map.entry("EDUCATION", 1L), Map.entry("YOUTH", 1L));
		assertThat(hwaseong.direction()).containsExactly(Map.entry("SELF", 1L), Map.entry("PARTNER", 2L),
				Map.entry("BOTH", 2L));
	}

	@Test
	void answersJsonAndCsvStatingAsOfAndWindow() throws Exception {
		// then
		this.mvc.perform(get("/api/v1/statistics/bilateral/CA/KR").param("asOf", "2019-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2019-12-31"))
			.andExpect(jsonPath("$.window").value(5))
			.andExpect(jsonPath("$.categories[0].byOrigin.CA").value(1));
		this.mvc.perform(get("/api/v1/statistics/countries/CA").param("asOf", "2019-12-31").param("format", "csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("partners.rank,KR,,1\r\n")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.startsWith("measure,key,subkey,value\r\nasOf,,,2019-12-31")));
		this.mvc.perform(get("/api/v1/statistics/governments/hwa").param("asOf", "2019-12-31"))
			.andExpect(jsonPath("$.agreements[2].lastEngagementYear").value(2018));
		this.mvc.perform(get("/api/v1/statistics/countries/XX")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/statistics/bilateral/CA/KR").param("window", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("window"));
	}

	@Test
	void answersTheCsvTableAsAWorkbookWithNumberCells() throws Exception {
		// when
		byte[] xlsx = this.mvc
			.perform(get("/api/v1/statistics/countries/CA").param("asOf", "2019-12-31").param("format", "xlsx"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		// then
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheet("statistics");
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("value");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2019-12-31");
			var rank = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
				.filter(row -> row.getCell(0).getStringCellValue().equals("partners.rank"))
				.findFirst()
				.orElseThrow();
			assertThat(rank.getCell(1).getStringCellValue()).isEqualTo("KR");
			assertThat(rank.getCell(3).getNumericCellValue()).isEqualTo(1.0);
		}
	}

	@Test
	void showsEachRelationshipYearByYear(@Autowired ActivityStatistics activity) {
		// when
		var grid = activity.activity(new StatisticsScope("CA", null, "KR"), END_OF_2019, 5);

		// then
		assertThat(grid)
			.extracting(RelationshipActivity::home, RelationshipActivity::partner, RelationshipActivity::active)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("bur", "hwa", true),
					org.assertj.core.groups.Tuple.tuple("tor", "hwa", true),
					org.assertj.core.groups.Tuple.tuple("van", "seo", true),
					org.assertj.core.groups.Tuple.tuple("win", "hwa", false));
		assertThat(grid.get(0).substantive()).containsExactly(Map.entry(2015, 0), Map.entry(2016, 1),
				Map.entry(2017, 0), Map.entry(2018, 1), Map.entry(2019, 0));
		assertThat(grid.get(0).greetings()).containsEntry(2019, 1);
		assertThat(grid.get(2).agreements()).containsExactly("a3");
		assertThat(grid.get(3).greetings()).containsEntry(2017, 1);
		assertThat(grid.get(3).frequency()).isZero();
	}

	@Test
	void summarisesAProvince(@Autowired ActivityStatistics activity) {
		// when
		ProvinceStatistics britishColumbia = activity.province("CA-BC", END_OF_2019, 5);

		// then
		assertThat(britishColumbia.relationships()).isEqualTo(5);
		assertThat(britishColumbia.active()).isEqualTo(2);
		assertThat(britishColumbia.dormant()).isEqualTo(3);
		assertThat(britishColumbia.frequency()).isCloseTo(0.12, within(1e-9));
		assertThat(britishColumbia.partners()).containsExactly(new ProvinceStatistics.PartnerActivity("JP", 2, 0),
				new ProvinceStatistics.PartnerActivity("KR", 2, 2), new ProvinceStatistics.PartnerActivity("US", 1, 0));
	}

	@Test
	void drawsRelationshipsWithPlacesAsLines(@Autowired ActivityStatistics activity) {
		// when
		var lines = activity.map(new StatisticsScope("CA", null, "KR"), END_OF_2019, 5);

		// then: every relationship, win-hwa too (Winnipeg, registered without
		// coordinates, took its place's from the world gazetteer)
		assertThat(lines).extracting(MapLine::home, MapLine::partner, MapLine::active)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("bur", "hwa", true),
					org.assertj.core.groups.Tuple.tuple("tor", "hwa", true),
					org.assertj.core.groups.Tuple.tuple("van", "seo", true),
					org.assertj.core.groups.Tuple.tuple("win", "hwa", false));
		assertThat(lines.get(3).homeLatitude()).isBetween(49.8, 50.0);
		assertThat(lines.get(0).homeLatitude()).isEqualTo(1.0);
		assertThat(lines.get(0).partnerLongitude()).isEqualTo(22.0);
	}

	@Test
	void servesTheGridTheProvinceAndTheMap() throws Exception {
		// then
		this.mvc.perform(get("/api/v1/statistics/activity?country=CA&partner=KR&asOf=2019-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.window").value(5))
			.andExpect(jsonPath("$.items[3].greetings['2017']").value(1));
		this.mvc.perform(get("/api/v1/statistics/subdivisions/CA-BC?asOf=2019-12-31"))
			.andExpect(jsonPath("$.relationships").value(5));
		this.mvc.perform(get("/api/v1/statistics/map?country=CA&asOf=2019-12-31"))
			.andExpect(jsonPath("$.items.length()").value(8));
		this.mvc.perform(get("/api/v1/statistics/subdivisions/CA-XX")).andExpect(status().isBadRequest());
	}

}
