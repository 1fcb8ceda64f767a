package org.twinningregistry.engagement;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.importexport.DataPackageFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;

/**
 * Who initiated an engagement is said, never assumed, on the API and in an import as on
 * the form ({@code EngagementFormBrowserTests}): a request or a row without an origin is
 * refused, nothing is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementOriginTests {

	private static final String GOVERNMENTS = """
			id,name,country,subdivision,level
			CA-BC-burnaby,Burnaby,CA,CA-BC,LOCAL
			KR-41-hwaseong,Hwaseong,KR,KR-41,LOCAL
			""";

	private static final String AGREEMENTS = """
			id,party_a,party_b,type,signed
			burnaby-hwaseong,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyRegistry() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void theApiRefusesAnEngagementWithoutOrigin() throws Exception {
		// given
		importPackage(Map.of("governments.csv", GOVERNMENTS, "agreements.csv", AGREEMENTS)).andExpect(status().isOk());

		// when / then
		this.mvc.perform(post("/api/v1/engagements").with(curator()).contentType(MediaType.APPLICATION_JSON).content("""
				{"agreement":"burnaby-hwaseong","year":2019,"category":"YOUTH","title":"Visit"}
				""")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("origin"));
		assertThat(engagements()).isZero();
	}

	@Test
	void anImportRefusesARowWithoutOrigin() throws Exception {
		// when / then: the column is there, the cell is empty
		importPackage(Map.of("governments.csv", GOVERNMENTS, "agreements.csv", AGREEMENTS, "engagements.csv", """
				id,agreement,year,category,origin,title
				e1,burnaby-hwaseong,2019,YOUTH,,Visit
				""")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("origin"))
			.andExpect(jsonPath("$.errors[0].line").value(2));

		// when / then: no such column
		importPackage(Map.of("governments.csv", GOVERNMENTS, "agreements.csv", AGREEMENTS, "engagements.csv", """
				id,agreement,year,category,title
				e1,burnaby-hwaseong,2019,YOUTH,Visit
				""")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("import.column.missing"));
		assertThat(engagements()).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions importPackage(Map<String, String> files)
			throws Exception {
		return this.mvc.perform(post("/api/v1/imports").with(curator())
			.contentType("application/zip")
			.content(DataPackageFixtures.zip(files)));
	}

	private long engagements() {
		return this.jdbc.sql("SELECT COUNT(*) FROM engagement").query(Long.class).single();
	}

}
