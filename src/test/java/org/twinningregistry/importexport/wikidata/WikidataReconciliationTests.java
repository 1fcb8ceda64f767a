package org.twinningregistry.importexport.wikidata;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.importexport.DataPackageImporter;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Wikidata P190 query result, as the query service downloads it in either format,
 * reconciled with the demo data: the ties Wikidata has that the registry lacks and the
 * registry's agreements Wikidata lacks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WikidataReconciliationTests {

	@Autowired
	private MockMvc mvc;

	@BeforeEach
	void demoData(@Autowired JdbcClient jdbc, @Autowired DataPackageImporter importer) throws Exception {
		RegistryDatabase.clear(jdbc);
		DemoPackage.load(importer);
	}

	@ParameterizedTest
	@CsvSource({ "p190-ca-kr.json, application/sparql-results+json", "p190-ca-kr.csv, text/csv" })
	void findsTheTiesMissingOnEachSide(String file, String type) throws Exception {
		// given
		byte[] result = new ClassPathResource("wikidata/" + file).getContentAsByteArray();
		// when / then
		this.mvc.perform(
				post("/api/v1/imports/wikidata").contentType(type).content(result).with(ApiTestSupport.curatorUser()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(5))
			.andExpect(jsonPath("$.ties").value(4))
			.andExpect(jsonPath("$.matched").value(1))
			.andExpect(jsonPath("$.missingInRegistry[*].reason")
				.value(containsInAnyOrder("no-agreement", "no-agreement", "unknown-item")))
			.andExpect(jsonPath("$.missingInRegistry[0].item.government").value("CA-AB-edmonton"))
			.andExpect(jsonPath("$.missingInRegistry[0].twin.government").value("KR-11"))
			.andExpect(jsonPath("$.missingInRegistry[0].twin.label").value("Seoul"))
			.andExpect(jsonPath("$.missingInRegistry[2].twin.item").value("Q999999999"))
			.andExpect(
					jsonPath("$.missingInWikidata[*].agreement").value(containsInAnyOrder("CA-AB-edmonton_KR-42-wonju",
							"CA-MB-winnipeg_KR-48-jinju", "CA-QC-montreal_KR-11", "CA-QC-montreal_KR-26")));
	}

	@ParameterizedTest
	@CsvSource({ "'{\"head\":{}}', application/json, import.wikidata.columns",
			"'place,partner\nKelowna,Kasugai', text/csv, import.wikidata.columns",
			"'{\"head\":', application/json, import.wikidata.malformed" })
	void refusesAResultItCannotRead(String body, String type, String code) throws Exception {
		this.mvc
			.perform(
					post("/api/v1/imports/wikidata").contentType(type).content(body).with(ApiTestSupport.curatorUser()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value(code));
	}

}
