package org.twinningregistry.importexport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;
import static org.twinningregistry.importexport.DataPackageFixtures.GOVERNMENTS;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

/**
 * Governments and agreements are written a batch at a time, yet report each row as they
 * did when written one by one: a refused row is not written, so a later row naming it
 * reports the unknown government or agreement; and what a row names may sit in an earlier
 * batch.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BatchImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void rowsNamingARefusedRowReportItAsUnknown() throws Exception {
		// given: a province with an unknown country and a city in it; an ended agreement
		// without its end, an upgrade of it, and an agreement with the refused city
		String governments = GOVERNMENTS + """
				XX-city,Nowhere City,,,CA,CA-BC,LOCAL,XX,,,
				XX,Nowhere,,,XX,CA-BC,REGIONAL,,,,
				""";
		String agreements = """
				id,party_a,party_b,type,signed,status,supersedes
				burnaby-hwaseong,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010,,
				bc-gyeonggi,CA-BC,KR-41,SISTER,2008-05-19,,
				upgrade,CA-BC-burnaby,KR-41-hwaseong,SISTER,2015,,broken
				broken,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010,ENDED,
				lonely,XX-city,KR-41,SISTER,2012,,
				""";

		// when
		ResultActions result = importZip(zip(Map.of("governments.csv", governments, "agreements.csv", agreements)));

		// then: in the order the rows were written, parents and superseded ones first
		result.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(5)))
			.andExpect(jsonPath("$.errors[0].line").value(7))
			.andExpect(jsonPath("$.errors[0].column").value("country"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.government.country.unknown"))
			.andExpect(jsonPath("$.errors[1].line").value(6))
			.andExpect(jsonPath("$.errors[1].column").value("parent"))
			.andExpect(jsonPath("$.errors[1].value").value("XX"))
			.andExpect(jsonPath("$.errors[1].code").value("rule.government.parent.unknown"))
			.andExpect(jsonPath("$.errors[2].file").value("agreements.csv"))
			.andExpect(jsonPath("$.errors[2].line").value(5))
			.andExpect(jsonPath("$.errors[2].column").value("ended"))
			.andExpect(jsonPath("$.errors[2].code").value("rule.agreement.ended.required"))
			.andExpect(jsonPath("$.errors[3].line").value(4))
			.andExpect(jsonPath("$.errors[3].column").value("supersedes"))
			.andExpect(jsonPath("$.errors[3].value").value("broken"))
			.andExpect(jsonPath("$.errors[3].code").value("rule.agreement.supersedes.unknown"))
			.andExpect(jsonPath("$.errors[4].line").value(6))
			.andExpect(jsonPath("$.errors[4].column").value("party_a"))
			.andExpect(jsonPath("$.errors[4].code").value("rule.agreement.party.unknown"));
	}

	@Test
	void writesASupersessionChainAcrossBatches() throws Exception {
		// given: 1,200 agreements, each superseding the one before, listed last first
		int chain = 1200;
		StringBuilder agreements = new StringBuilder("id,party_a,party_b,type,signed,supersedes\n");
		for (int i = chain; i >= 1; i--) {
			agreements.append("a")
				.append(i)
				.append(",CA-BC-burnaby,KR-41-hwaseong,SISTER,")
				.append(LocalDate.of(1980, 1, 1).plusDays(i))
				.append(',')
				.append((i > 1) ? "a" + (i - 1) : "")
				.append('\n');
		}
		Map<String, String> files = new LinkedHashMap<>();
		files.put("governments.csv", GOVERNMENTS);
		files.put("agreements.csv", agreements.toString());

		// when
		ResultActions result = importZip(zip(files));

		// then
		result.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[1].created").value(chain))
			.andExpect(jsonPath("$.errors", hasSize(0)));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM agreement WHERE superseded_on = signed_on + 1")
			.query(Long.class)
			.single()).isEqualTo(chain - 1);
		assertThat(this.jdbc.sql("SELECT id FROM agreement WHERE superseded_on IS NULL").query(String.class).list())
			.containsExactly("a" + chain);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM workflow_history WHERE kind = 'agreement'")
			.query(Long.class)
			.single()).isEqualTo(chain);
	}

	private ResultActions importZip(byte[] zip) throws Exception {
		return this.mvc.perform(post("/api/v1/imports").contentType("application/zip").content(zip).with(curator()));
	}

}
