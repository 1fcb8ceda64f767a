package org.twinningregistry.importexport;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.twinningregistry.RegistryDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;
import static org.twinningregistry.importexport.DataPackageFixtures.unzip;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

/**
 * Plans in the data package: {@code plans.csv} and {@code planned_activities.csv}
 * imported with the other tables (all or nothing, errors at the row and column they lie
 * in), exported as CSV and XLSX, and imported back to the same registry.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanPackageTests {

	private static final String GOVERNMENTS = """
			id,name,name_fr,name_local,country,subdivision,level,parent,population,latitude,longitude,wikidata,geonames
			CA-BC-burnaby,Burnaby,,,CA,CA-BC,LOCAL,,,,,,
			KR-41-hwaseong,Hwaseong,,화성시,KR,KR-41,LOCAL,,,,,,
			""";

	private static final String AGREEMENTS = """
			id,party_a,party_b,type,signed
			burnaby-hwaseong,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010
			""";

	private static final String PLANS = """
			id,agreement,from,to
			bh-2024,burnaby-hwaseong,2024,2026
			""";

	private static final String ACTIVITIES = """
			plan,key,year,category,form,origin,participants,title,notes
			bh-2024,youth,2024,YOUTH,PROGRAM,CA-BC-burnaby,20,"Youth exchange, Hwaseong","Homestays
			and school visits"
			bh-2024,policy,2025,POLICY,DELEGATION,KR-41-hwaseong,,Policy delegation,
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void importsPlansWithTheirActivitiesAndExportsThemBackIdentically() throws Exception {
		// when
		importZip(packageWith(PLANS, ACTIVITIES)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IMPORTED"))
			.andExpect(jsonPath("$.files[*].file",
					contains("governments.csv", "agreements.csv", "plans.csv", "planned_activities.csv")))
			.andExpect(jsonPath("$.files[2].created").value(1))
			.andExpect(jsonPath("$.files[3].created").value(2));
		// then
		this.mvc.perform(get("/api/v1/plans/bh-2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activities[*].key", contains("youth", "policy")))
			.andExpect(jsonPath("$.activities[0].notes").value("Homestays\nand school visits"));
		Map<String, byte[]> first = unzip(export());
		String plans = new String(first.get("plans.csv"), StandardCharsets.UTF_8);
		String activities = new String(first.get("planned_activities.csv"), StandardCharsets.UTF_8);
		assertThat(plans).isEqualTo("id,agreement,from,to\r\nbh-2024,burnaby-hwaseong,2024,2026\r\n");
		assertThat(activities).isEqualTo("plan,key,year,category,form,origin,participants,title,notes\r\n"
				+ "bh-2024,youth,2024,YOUTH,PROGRAM,CA-BC-burnaby,20,\"Youth exchange, Hwaseong\",\"Homestays\n"
				+ "and school visits\"\r\nbh-2024,policy,2025,POLICY,DELEGATION,KR-41-hwaseong,,Policy delegation,\r\n");
		// and a second import of the export changes nothing, and into an empty registry
		// gives the same export
		importZip(export())
			.andExpect(jsonPath("$.files[*].file",
					contains("governments.csv", "agreements.csv", "engagements.csv", "plans.csv",
							"planned_activities.csv", "documents.csv")))
			.andExpect(jsonPath("$.files[4].unchanged").value(2));
		byte[] again = export();
		RegistryDatabase.clear(this.jdbc);
		importZip(again).andExpect(jsonPath("$.status").value("IMPORTED"));
		assertThat(unzip(export()).get("planned_activities.csv")).isEqualTo(first.get("planned_activities.csv"));
	}

	@Test
	void reportsEachRuleAtTheRowAndColumnItBreaksAndWritesNothing() throws Exception {
		// given a plan overlapping another, an origin that is no party, a year outside
		// the plan, a repeated key, and an activity of a plan the package lacks
		String plans = PLANS + "bh-2026,burnaby-hwaseong,2026,2027\nbh-2030,burnaby-hwaseong,2030,2031\n";
		String activities = """
				plan,key,year,category,form,origin,participants,title,notes
				bh-2024,1,2024,YOUTH,,CA-BC-burnaby,,Exchange,
				bh-2026,1,2026,SPORTS,,BOTH,,Games,
				bh-2030,1,2030,YOUTH,,CA-ON-toronto,,Exchange,
				bh-2030,2,2033,YOUTH,,BOTH,,Camp,
				bh-2030,2,2031,CULTURE,,BOTH,,Festival,
				bh-1999,1,1999,YOUTH,,BOTH,,Old,
				""";
		// when / then
		importZip(packageWith(plans, activities)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].file",
					contains("planned_activities.csv", "planned_activities.csv", "plans.csv", "planned_activities.csv",
							"planned_activities.csv")))
			.andExpect(jsonPath("$.errors[*].line", contains(6, 7, 3, 4, 5)))
			.andExpect(jsonPath("$.errors[*].column", contains("key", "plan", "from", "origin", "year")))
			.andExpect(jsonPath("$.errors[*].code", contains("import.row.duplicate-key", "import.activity.plan.unknown",
					"rule.plan.overlap", "rule.plan.activity.origin", "rule.plan.activity.year")));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong")).andExpect(status().isNotFound());
	}

	@Test
	void theSpreadsheetCarriesThePlansToo() throws Exception {
		// given
		importZip(packageWith(PLANS, ACTIVITIES)).andExpect(jsonPath("$.status").value("IMPORTED"));
		// when
		byte[] workbook = this.mvc.perform(get("/api/v1/exports/registry.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		RegistryDatabase.clear(this.jdbc);
		this.mvc
			.perform(post("/api/v1/imports").with(curator())
				.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
				.content(workbook))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IMPORTED"));
		// then
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/plans"))
			.andExpect(jsonPath("$[0].activities[*].title", contains("Youth exchange, Hwaseong", "Policy delegation")))
			.andExpect(jsonPath("$[0].activities[0].participants").value(20));
	}

	private static byte[] packageWith(String plans, String activities) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("governments.csv", GOVERNMENTS);
		files.put("agreements.csv", AGREEMENTS);
		files.put("plans.csv", plans);
		files.put("planned_activities.csv", activities);
		return zip(new TreeMap<>(files));
	}

	private ResultActions importZip(byte[] zip) throws Exception {
		return this.mvc.perform(post("/api/v1/imports").contentType("application/zip").content(zip).with(curator()));
	}

	private byte[] export() throws Exception {
		return this.mvc.perform(get("/api/v1/exports/data-package.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
