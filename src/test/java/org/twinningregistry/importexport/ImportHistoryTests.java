package org.twinningregistry.importexport;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.RegistryDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackage;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackageWith;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

/**
 * Imports publish directly and record each created or changed row in the history
 * (IMPORTED, with the field changes); an unchanged row records nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void importsRecordWhatTheyCreateAndChange() throws Exception {
		// given
		importZip(zip(goodPackage()));

		// when
		importZip(zip(goodPackageWith("agreements.csv",
				DataPackageFixtures.AGREEMENTS.replace("burnaby-hwaseong,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010,",
						"burnaby-hwaseong,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010-07,"))));
		importZip(zip(goodPackageWith("agreements.csv",
				DataPackageFixtures.AGREEMENTS.replace("burnaby-hwaseong,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010,",
						"burnaby-hwaseong,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010-07,"))));

		// then
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action", contains("IMPORTED", "IMPORTED")))
			.andExpect(jsonPath("$[0].actor").value("Curator, all countries"))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'signed')].to", contains("2010")))
			.andExpect(jsonPath("$[1].changes[0].field").value("signed"))
			.andExpect(jsonPath("$[1].changes[0].from").value("2010"))
			.andExpect(jsonPath("$[1].changes[0].to").value("2010-07"));
		this.mvc.perform(get("/api/v1/engagements/e-1/history"))
			.andExpect(jsonPath("$[*].action", contains("IMPORTED")))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'title')].to", contains("Mayor's delegation to Hwaseong")));
	}

	@Test
	void anImportsCreationIsStoredWithoutItsValuesAndShownWithThem() throws Exception {
		// given: e-1 imported, then its title changed by a curator
		importZip(zip(goodPackage()));
		this.mvc
			.perform(put("/api/v1/engagements/e-1").with(curator()).contentType(MediaType.APPLICATION_JSON).content("""
					{"agreement": "burnaby-hwaseong", "year": 2012, "date": "2012-10", "category": "ADMINISTRATIVE",
					 "origin": "CA-BC-burnaby", "form": "DELEGATION", "title": "Council delegation", "version": 0}
					"""))
			.andExpect(status().isOk());

		// when
		long engagements = this.jdbc.sql("SELECT COUNT(*) FROM engagement").query(Long.class).single();
		List<String> entries = this.jdbc
			.sql("SELECT h.record_id || ' ' || h.action || ' ' || h.changes_json FROM workflow_history h"
					+ " WHERE h.kind = 'engagement' ORDER BY h.id")
			.query(String.class)
			.list();
		long linked = this.jdbc
			.sql("SELECT COUNT(*) FROM engagement e JOIN workflow_history h ON h.id = e.import_entry"
					+ " WHERE h.record_id = '(import)'")
			.query(Long.class)
			.single();

		// then: the import's creations are one entry that every engagement it created
		// names, with no copy of their values; the curator's change has its own
		assertThat(engagements).isGreaterThan(1);
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0)).isEqualTo("(import) IMPORTED []");
		assertThat(entries.get(1)).startsWith("e-1 UPDATED [");
		assertThat(linked).isEqualTo(engagements);
		// yet the history shows the values it created
		this.mvc.perform(get("/api/v1/engagements/e-1/history"))
			.andExpect(jsonPath("$[*].action", contains("IMPORTED", "UPDATED")))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'title')].to", contains("Mayor's delegation to Hwaseong")))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'date')].to", contains("2012-10")))
			.andExpect(jsonPath("$[0].changes[*].from", everyItem(nullValue())))
			.andExpect(jsonPath("$[1].changes[0].from").value("Mayor's delegation to Hwaseong"))
			.andExpect(jsonPath("$[1].changes[0].to").value("Council delegation"));
	}

	@Test
	void aDeletedRecordsHistoryStillShowsTheValuesItWasImportedWith() throws Exception {
		// given
		importZip(zip(goodPackage()));

		// when
		this.mvc.perform(delete("/api/v1/engagements/e-1").with(curator()).param("version", "0"))
			.andExpect(status().isNoContent());
		importZip(zip(goodPackage()));

		// then: created, deleted, created again by the second import
		this.mvc.perform(get("/api/v1/engagements/e-1/history"))
			.andExpect(jsonPath("$[*].action", contains("IMPORTED", "DELETED", "IMPORTED")))
			.andExpect(jsonPath("$[0].actor").value("Curator, all countries"))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'title')].to", contains("Mayor's delegation to Hwaseong")))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'title')].from", contains("Mayor's delegation to Hwaseong")))
			.andExpect(jsonPath("$[2].changes[?(@.field == 'title')].to", contains("Mayor's delegation to Hwaseong")));
	}

	private void importZip(byte[] zip) throws Exception {
		this.mvc.perform(post("/api/v1/imports").contentType("application/zip").content(zip).with(curator()))
			.andExpect(status().is2xxSuccessful());
	}

}
