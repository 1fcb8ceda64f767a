package org.twinningregistry.importexport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.RegistryDatabase;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
			.andExpect(jsonPath("$[0].actor").value("curator"))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'signed')].to", contains("2010")))
			.andExpect(jsonPath("$[1].changes[0].field").value("signed"))
			.andExpect(jsonPath("$[1].changes[0].from").value("2010"))
			.andExpect(jsonPath("$[1].changes[0].to").value("2010-07"));
		this.mvc.perform(get("/api/v1/engagements/e-1/history"))
			.andExpect(jsonPath("$[*].action", contains("IMPORTED")))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'title')].to", contains("Mayor's delegation to Hwaseong")));
	}

	private void importZip(byte[] zip) throws Exception {
		this.mvc.perform(post("/api/v1/imports").contentType("application/zip").content(zip).with(curator()))
			.andExpect(status().is2xxSuccessful());
	}

}
