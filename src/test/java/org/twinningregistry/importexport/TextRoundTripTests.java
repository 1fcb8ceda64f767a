package org.twinningregistry.importexport;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.importexport.DataPackageFixtures.unzip;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

/**
 * Text on every way in: characters that hide or corrupt text are refused with the field
 * and position, everything else is stored in NFC, and the registry's own data package
 * imports back into it as a no-op.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TextRoundTripTests {

	/** A combining acute accent: NFC composes it with the letter before. */
	private static final String ACUTE = "\u0301";

	/**
	 * Decomposed accents, Hangul in conjoining jamo, emoji outside the BMP, quotes,
	 * commas, names starting like a formula, a right-to-left name with its mark.
	 */
	private static final String GOVERNMENTS = lines(
			"id,name,name_fr,name_local,country,subdivision,level,parent,population,latitude,longitude,wikidata,geonames",
			"CA-QC-montreal,\"Montre" + ACUTE + "al, \"\"QC\"\"\",=Montr\u00E9al+1,Montre" + ACUTE
					+ "al,CA,CA-QC,LOCAL,,,,,,",
			"KR-11,@Seoul \uD83C\uDF89,+S\u00E9oul,\u1109\u1165\u110B\u116E\u11AF \uC11C\uC6B8,KR,KR-11,REGIONAL,,,,,,",
			"KR-41-hwaseong,-Hwaseong,,\u05D7\u05D9\u05E4\u05D4\u200F \uD654\uC131,KR,KR-41,LOCAL,,,,,,");

	/** A formula-like code, tabs and line breaks in notes. */
	private static final String AGREEMENTS = lines(
			"id,party_a,party_b,type,signed,status,ended,term_ends,renewed,council_resolution,supersedes,purposes,"
					+ "source,notes",
			"mtl-seoul,CA-QC-montreal,KR-11,SISTER,2015-03,ACTIVE,,,,\"=HYPERLINK(\"\"x\"\")\",,,"
					+ "\"https://example.org/a,b\",\"Line one\ttabbed\nline two \uD83D\uDC4B \"\"quoted\"\", d'apr\u00E8s\"");

	private static final String ENGAGEMENTS = lines(
			"id,agreement,year,date,end_date,category,origin,form,mode,participants,official_level,cost,currency,title,"
					+ "description,source",
			"e-1,mtl-seoul,2021,,,CULTURE,BOTH,EVENT,,,,,,\"=1+1 Festival \"\"Lumi\u00E8res\"\", \uD83C\uDF8E\",\"Cafe"
					+ ACUTE + "\n+second line\",@source");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void theRegistrysOwnExportImportsBackUnchangedAndExportsTheSame() throws Exception {
		// given
		importZip(zip(
				Map.of("governments.csv", GOVERNMENTS, "agreements.csv", AGREEMENTS, "engagements.csv", ENGAGEMENTS)))
			.andExpect(status().isOk());
		byte[] first = export();

		// when
		ResultActions again = importZip(first);
		byte[] second = export();

		// then every row is unchanged and the files are the same, byte for byte
		again.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[*].created", everyItem(is(0))))
			.andExpect(jsonPath("$.files[*].updated", everyItem(is(0))))
			.andExpect(jsonPath("$.files[0].unchanged").value(3))
			.andExpect(jsonPath("$.files[1].unchanged").value(1))
			.andExpect(jsonPath("$.files[2].unchanged").value(1));
		Map<String, byte[]> before = csvFiles(first);
		Map<String, byte[]> after = csvFiles(second);
		assertThat(after.keySet()).isEqualTo(before.keySet());
		before.forEach((name, content) -> assertThat(after.get(name)).as(name).isEqualTo(content));
		// stored composed (NFC), and otherwise as typed: no apostrophe before a formula
		String governments = new String(before.get("governments.csv"), StandardCharsets.UTF_8);
		assertThat(governments).contains("\"Montr\u00E9al, \"\"QC\"\"\",=Montr\u00E9al+1,Montr\u00E9al,CA")
			.contains("@Seoul \uD83C\uDF89,+S\u00E9oul,\uC11C\uC6B8 \uC11C\uC6B8,KR")
			.contains("-Hwaseong,,\u05D7\u05D9\u05E4\u05D4\u200F \uD654\uC131,KR")
			.doesNotContain(ACUTE)
			.doesNotContain("'=");
		assertThat(new String(before.get("agreements.csv"), StandardCharsets.UTF_8))
			.contains(",\"=HYPERLINK(\"\"x\"\")\",")
			.contains("\"Line one\ttabbed\nline two \uD83D\uDC4B \"\"quoted\"\", d'apr\u00E8s\"");
		assertThat(new String(before.get("engagements.csv"), StandardCharsets.UTF_8))
			.contains("\"=1+1 Festival \"\"Lumi\u00E8res\"\", \uD83C\uDF8E\",\"Caf\u00E9\n+second line\",@source");
	}

	@Test
	void theApiRefusesHiddenAndBrokenCharactersNamingFieldAndPosition() throws Exception {
		// when / then: each a 400 with the field, the character and where it is
		createGovernment("\"name\":\"Evil\\u202Egnp.exe\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.text.bidi-control"))
			.andExpect(jsonPath("$.errors[0].message", containsString("U+202E at position 5")));
		createGovernment("\"name\":\"Laval\",\"nameLocal\":\"La\\u0000val\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nameLocal"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.text.control-character"))
			.andExpect(jsonPath("$.errors[0].message", containsString("U+0000 at position 3")));
		createGovernment("\"name\":\"Laval \\uD800\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("rule.text.unpaired-surrogate"));
		createGovernment("\"name\":\"Laval\\r\\nQC\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("rule.text.line-break"));
		createGovernment("\"name\":\"Laval\\u0085\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("rule.text.control-character"));
		assertThat(count("government")).isZero();

		// a decomposed name is stored composed
		createGovernment("\"id\":\"laval\",\"name\":\"Lave\\u0301l\"").andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Lav\u00E9l"));
		assertThat(this.jdbc.sql("SELECT name FROM government").query(String.class).single()).isEqualTo("Lav\u00E9l");
	}

	@Test
	void anImportReportsTheCellAPageTheFieldAndAPairsListTheRow() throws Exception {
		// when an import's cell holds an override
		importZip(zip(Map.of("governments.csv",
				lines("id,name,name_fr,name_local,country,subdivision,level,parent,population,latitude,longitude,"
						+ "wikidata,geonames", "CA-QC-laval,Laval,,,CA,CA-QC,LOCAL,,,,,,",
						"CA-QC-evil,Evil\u202Egnp.exe,,,CA,CA-QC,LOCAL,,,,,,"))))
			// then it is an error of the row and the cell, and nothing is written
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.text.bidi-control"));
		assertThat(count("government")).isZero();

		// when a page's form holds a NUL, the form shows it beside the field
		this.mvc
			.perform(post("/governments/new").with(ApiTestSupport.curatorUser())
				.with(csrf())
				.param("name", "Laval")
				.param("nameFr", "La\u0000val")
				.param("country", "CA")
				.param("subdivision", "CA-QC")
				.param("level", "LOCAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nameFr-error\">The character U+0000 at position 3")));
		assertThat(count("government")).isZero();

		// when a pairs list holds one, the row is unplaced with the reason
		this.mvc
			.perform(post("/api/v1/imports/pairs").param("dryRun", "true")
				.contentType("text/csv")
				.content("city1,country1,city2,country2\nVic\u202Etoria,Canada,Seoul,South Korea\n")
				.with(ApiTestSupport.curator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unplaced").value(1))
			.andExpect(jsonPath("$.entries[0].reason").value("import.pairs.reason.text.1"));
	}

	private ResultActions createGovernment(String fields) throws Exception {
		return this.mvc.perform(post("/api/v1/governments").with(ApiTestSupport.curator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{" + fields + ",\"country\":\"CA\",\"subdivision\":\"CA-QC\",\"level\":\"LOCAL\"}"));
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private ResultActions importZip(byte[] zip) throws Exception {
		return this.mvc.perform(
				post("/api/v1/imports").contentType("application/zip").content(zip).with(ApiTestSupport.curator()));
	}

	private byte[] export() throws Exception {
		return this.mvc.perform(get("/api/v1/exports/data-package.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String lines(String... lines) {
		return String.join("\n", lines) + "\n";
	}

	private static Map<String, byte[]> csvFiles(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>(unzip(zip));
		files.remove("datapackage.json");
		return files;
	}

}
