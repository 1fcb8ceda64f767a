package org.twinningregistry.importexport;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.RegistryDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.importexport.DataPackageFixtures.unzip;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

@SpringBootTest
@AutoConfigureMockMvc
class DataPackageExportTests {

	/**
	 * Hangul, accents, apostrophes, quotes, commas and line breaks, partial dates,
	 * decimals.
	 */
	private static final String GOVERNMENTS = """
			id,name,name_fr,name_local,country,subdivision,level,parent,population,latitude,longitude,wikidata,geonames
			CA-QC,Quebec,Québec,,CA,CA-QC,REGIONAL,,,,,Q176,6115047
			CA-QC-montreal,Montreal,Montréal,Montréal,CA,CA-QC,LOCAL,CA-QC,1762949,45.50884,-73.58781,,6077243
			KR-11,Seoul,Séoul,서울특별시,KR,KR-11,REGIONAL,,10349312,37.566,126.9784,,1835848
			KR-41-hwaseong,Hwaseong,,화성시,KR,KR-41,LOCAL,,640890,37.2,126.8,,
			""";

	private static final String AGREEMENTS = """
			id,party_a,party_b,type,signed,status,ended,term_ends,renewed,council_resolution,supersedes,purposes,source,notes
			mtl-seoul-1,CA-QC-montreal,KR-11,FRIENDSHIP,2015-03,ENDED,2020,,,,,CULTURE;ECONOMY,"https://example.org/a,b","The city's ""first"" accord, d'après la ville
			signed in Seoul: 서울"
			mtl-seoul-2,CA-QC-montreal,KR-11,SISTER,2020-06-01,ACTIVE,,2030,2025-06,Res. 2020-114,mtl-seoul-1,,,
			qc-hwaseong,CA-QC,KR-41-hwaseong,COOPERATION,2019,SUSPENDED,,,,,,,,
			""";

	private static final String ENGAGEMENTS = """
			id,agreement,year,date,end_date,category,origin,form,mode,participants,official_level,cost,currency,title,description,source
			e-1,mtl-seoul-2,2021,2021-09-30,2021-10-02,CULTURE,BOTH,EVENT,VIRTUAL,120,STAFF,1500.50,CAD,"Festival ""Lumières"", online","Line one
			line two",https://example.org/e
			e-2,mtl-seoul-1,2016,,,ADMINISTRATIVE,KR-11,CORRESPONDENCE,,,,,,Mayor's greeting,,
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
	void exportImportExportGivesIdenticalCsvFiles() throws Exception {
		// given
		importZip(zip(
				Map.of("governments.csv", GOVERNMENTS, "agreements.csv", AGREEMENTS, "engagements.csv", ENGAGEMENTS)));
		byte[] first = export();
		RegistryDatabase.clear(this.jdbc);

		// when
		importZip(first);
		byte[] second = export();

		// then
		Map<String, byte[]> before = csvFiles(first);
		Map<String, byte[]> after = csvFiles(second);
		assertThat(before.keySet()).containsExactly("governments.csv", "agreements.csv", "engagements.csv", "plans.csv",
				"planned_activities.csv", "documents.csv");
		before.forEach((name, content) -> assertThat(after.get(name)).as(name).isEqualTo(content));
		String agreements = new String(before.get("agreements.csv"), StandardCharsets.UTF_8);
		assertThat(agreements).contains("\"The city's \"\"first\"\" accord, d'après la ville\nsigned in Seoul: 서울\"")
			.contains("2015-03,ENDED,2020")
			.contains("CULTURE;ECONOMY")
			.contains("\"https://example.org/a,b\"");
		String engagements = new String(before.get("engagements.csv"), StandardCharsets.UTF_8);
		assertThat(engagements).contains("1500.5,CAD,\"Festival \"\"Lumières\"\", online\",\"Line one\nline two\"");
		// completed from the world gazetteer on import: Quebec's place, Seoul's Wikidata
		// item
		assertThat(new String(before.get("governments.csv"), StandardCharsets.UTF_8))
			.contains("CA-QC,Quebec,Québec,,CA,CA-QC,REGIONAL,,,46.81228,-71.21454,Q176,6115047\r\n")
			.contains("KR-11,Seoul,Séoul,서울특별시,KR,KR-11,REGIONAL,,10349312,37.566,126.9784,Q8684,1835848\r\n");
	}

	@Test
	void writesSpecColumnsInOrderAndRowsByIdWithoutByteOrderMark() throws Exception {
		// given
		importZip(zip(Map.of("governments.csv", GOVERNMENTS)));

		// when
		Map<String, byte[]> files = csvFiles(export());

		// then
		String governments = new String(files.get("governments.csv"), StandardCharsets.UTF_8);
		assertThat(governments).doesNotStartWith("\uFEFF")
			.startsWith("id,name,name_fr,name_local,country,subdivision,level,parent,population,latitude,longitude,"
					+ "wikidata,geonames\r\n");
		assertThat(governments.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
			.containsExactly("CA-QC", "CA-QC-montreal", "KR-11", "KR-41-hwaseong");
		assertThat(new String(files.get("engagements.csv"), StandardCharsets.UTF_8)).isEqualTo(
				"id,agreement,year,date,end_date,category,origin,form,mode,participants,official_level,cost,currency,"
						+ "title,description,source\r\n");
	}

	@Test
	void describesTablesInDatapackageJson() throws Exception {
		// when
		Map<String, byte[]> files = unzip(export());

		// then
		JsonNode descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));
		assertThat(descriptor.get("name").asString()).isEqualTo("twinning-registry");
		assertThat(descriptor.get("created").asString()).isNotBlank();
		assertThat(descriptor.get("registry").get("name").asString()).isEqualTo("Twinning Registry");
		assertThat(descriptor.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");
		JsonNode agreements = resource(descriptor, "agreements");
		assertThat(agreements.get("path").asString()).isEqualTo("agreements.csv");
		JsonNode schema = agreements.get("schema");
		assertThat(schema.get("primaryKey").get(0).asString()).isEqualTo("id");
		JsonNode type = field(schema, "type");
		assertThat(type.get("constraints").get("required").asBoolean()).isTrue();
		assertThat(type.get("constraints").get("enum").values().stream().map(JsonNode::asString))
			.containsExactly("SISTER", "FRIENDSHIP", "COOPERATION");
		assertThat(field(schema, "notes").get("constraints").get("required").asBoolean()).isFalse();
		assertThat(foreignKeys(schema)).containsExactly("party_a->governments", "party_b->governments",
				"supersedes->agreements");
		assertThat(foreignKeys(resource(descriptor, "governments").get("schema")))
			.containsExactly("parent->governments");
		assertThat(foreignKeys(resource(descriptor, "engagements").get("schema")))
			.containsExactly("agreement->agreements");
		JsonNode engagementFields = resource(descriptor, "engagements").get("schema");
		assertThat(field(engagementFields, "category").get("constraints").get("enum").size()).isEqualTo(15);
		assertThat(field(engagementFields, "form").get("constraints").get("enum").size()).isEqualTo(10);
		assertThat(
				field(resource(descriptor, "governments").get("schema"), "level").get("constraints").get("enum").size())
			.isEqualTo(3);
		JsonNode activities = resource(descriptor, "planned_activities").get("schema");
		assertThat(activities.get("primaryKey").values().stream().map(JsonNode::asString)).containsExactly("plan",
				"key");
		assertThat(foreignKeys(activities)).containsExactly("plan->plans");
		assertThat(foreignKeys(resource(descriptor, "plans").get("schema"))).containsExactly("agreement->agreements");
	}

	/**
	 * The same registry must export the same bytes from any instance or restart: every
	 * object of the descriptor keeps its keys in one written order (a {@code Map.of}
	 * would iterate in an order that changes from one JVM to the next).
	 */
	@Test
	void writesTheDescriptorsKeysInOneOrder() throws Exception {
		// when
		JsonNode descriptor = JsonMapper.builder().build().readTree(unzip(export()).get("datapackage.json"));

		// then
		assertThat(descriptor.get("licenses").get(0).propertyNames()).containsExactly("name", "title", "path");
		assertThat(descriptor.get("sources").get(0).propertyNames()).containsExactly("title", "path");
		for (JsonNode resource : descriptor.get("resources").values()) {
			assertThat(resource.get("dialect").propertyNames()).containsExactly("delimiter", "lineTerminator",
					"quoteChar", "doubleQuote", "header");
			for (JsonNode key : resource.get("schema").get("foreignKeys").values()) {
				assertThat(key.propertyNames()).containsExactly("fields", "reference");
				assertThat(key.get("reference").propertyNames()).containsExactly("resource", "fields");
			}
		}
	}

	private void importZip(byte[] zip) throws Exception {
		this.mvc
			.perform(post("/api/v1/imports").contentType("application/zip")
				.content(zip)
				.with(httpBasic("curator", "curator-test-password")))
			.andExpect(status().isOk());
	}

	private byte[] export() throws Exception {
		return this.mvc.perform(get("/api/v1/exports/data-package.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static Map<String, byte[]> csvFiles(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>(unzip(zip));
		files.remove("datapackage.json");
		return files;
	}

	private static JsonNode resource(JsonNode descriptor, String name) {
		return descriptor.get("resources")
			.values()
			.stream()
			.filter(r -> r.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode field(JsonNode schema, String name) {
		return schema.get("fields")
			.values()
			.stream()
			.filter(f -> f.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> foreignKeys(JsonNode schema) {
		return schema.get("foreignKeys")
			.values()
			.stream()
			.map(k -> k.get("fields").asString() + "->" + k.get("reference").get("resource").asString())
			.toList();
	}

}
