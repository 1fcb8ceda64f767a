package org.twinningregistry.importexport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.importexport.DataPackageFixtures.AGREEMENTS;
import static org.twinningregistry.importexport.DataPackageFixtures.ENGAGEMENTS;
import static org.twinningregistry.importexport.DataPackageFixtures.GOVERNMENTS;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackage;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackageWith;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

@SpringBootTest
@AutoConfigureMockMvc
class DataPackageImportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private AgreementRegistry agreements;

	@Autowired
	private EngagementLog engagements;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void importsGoodPackageWithParentsFirstAndCounts() throws Exception {
		// when
		ResultActions result = importZip(zip(goodPackage()));

		// then
		result.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IMPORTED"))
			.andExpect(jsonPath("$.files[0].file").value("governments.csv"))
			.andExpect(jsonPath("$.files[0].created").value(4))
			.andExpect(jsonPath("$.files[1].created").value(2))
			.andExpect(jsonPath("$.files[2].created").value(2))
			.andExpect(jsonPath("$.errors", hasSize(0)));
		assertThat(counts()).containsExactly(4L, 2L, 2L);
		assertThat(this.gazetteer.find(new GovernmentId("KR-41-hwaseong")).orElseThrow().values().nameLocal())
			.isEqualTo("화성시");
	}

	@Test
	void rejectsWholePackageWithOneBadCellAndLeavesRegistryUnchanged() throws Exception {
		// given
		importZip(zip(goodPackage())).andExpect(status().isOk());
		List<Long> before = counts();
		String renamed = GOVERNMENTS.replace("Burnaby,,,", "City of Burnaby,,,");
		String badCell = ENGAGEMENTS.replace("CULTURE,BOTH", "culture,BOTH").replace("e-2,", "e-3,");
		Map<String, String> files = goodPackageWith("governments.csv", renamed);
		files.put("engagements.csv", badCell);

		// when
		ResultActions result = importZip(zip(files));

		// then
		result.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("import.rejected"))
			.andExpect(jsonPath("$.type").exists())
			.andExpect(jsonPath("$.title").exists())
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.detail").exists())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].file").value("engagements.csv"))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("category"))
			.andExpect(jsonPath("$.errors[0].value").value("culture"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Expected one of")));
		assertThat(counts()).isEqualTo(before);
		assertThat(this.gazetteer.find(new GovernmentId("CA-BC-burnaby")).orElseThrow().values().name())
			.isEqualTo("Burnaby");
	}

	@Test
	void listsEveryError() throws Exception {
		// given
		String twoBadRows = AGREEMENTS.replace("SISTER,2010", "SISTER,2010-13").replace("KR-41,SISTER", "KR-41,TWIN");

		// when
		ResultActions result = importZip(zip(goodPackageWith("agreements.csv", twoBadRows)));

		// then
		result.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.file == 'agreements.csv')]", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("signed"))
			.andExpect(jsonPath("$.errors[0].value").value("2010-13"))
			.andExpect(jsonPath("$.errors[1].line").value(3))
			.andExpect(jsonPath("$.errors[1].column").value("type"));
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void mapsFacadeRuleViolationsToColumns() throws Exception {
		// given
		String sameParty = AGREEMENTS.replace("CA-BC,KR-41,SISTER", "CA-BC,CA-BC,SISTER");

		// when
		ResultActions result = importZip(zip(goodPackageWith("agreements.csv", sameParty)));

		// then
		result.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].file").value("agreements.csv"))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("party_b"))
			.andExpect(jsonPath("$.errors[0].value").value("CA-BC"))
			.andExpect(jsonPath("$.errors[0].message").value("The two parties must be different governments."));
	}

	@Test
	void rejectsUnknownColumnAndDuplicateIds() throws Exception {
		// given
		String typo = GOVERNMENTS.replace("name_local", "name_lokal") + "CA-BC,Again,,,CA,CA-BC,REGIONAL,,,,\n";

		// when
		ResultActions result = importZip(zip(Map.of("governments.csv", typo)));

		// then
		result.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("name_lokal"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("name_lokal")))
			.andExpect(jsonPath("$.errors[1].line").value(6))
			.andExpect(jsonPath("$.errors[1].column").value("id"))
			.andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("line 3")));
	}

	@Test
	void acceptsByteOrderMark() throws Exception {
		// given
		Map<String, byte[]> files = Map.of("governments.csv",
				("\uFEFF" + GOVERNMENTS).getBytes(StandardCharsets.UTF_8));

		// when
		ResultActions result = importZip(DataPackageFixtures.zipBytes(files));

		// then
		result.andExpect(status().isOk()).andExpect(jsonPath("$.files[0].created").value(4));
	}

	@Test
	void countsLinesOfQuotedCellsSpanningLines() throws Exception {
		// given
		String agreements = """
				id,party_a,party_b,type,signed,notes
				burnaby-hwaseong,CA-BC-burnaby,KR-41-hwaseong,SISTER,2010,"first line
				second line, with a comma
				third line"
				bc-gyeonggi,CA-BC,KR-41,sister,2008,
				""";

		// when
		ResultActions result = importZip(zip(Map.of("governments.csv", GOVERNMENTS, "agreements.csv", agreements)));

		// then
		result.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].line").value(5))
			.andExpect(jsonPath("$.errors[0].column").value("type"));
	}

	@Test
	void importingTheSamePackageTwiceChangesNothing() throws Exception {
		// given
		importZip(zip(goodPackage())).andExpect(status().isOk());
		List<Long> before = counts();

		// when
		ResultActions second = importZip(zip(goodPackage()));

		// then
		second.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[*].created", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(0))))
			.andExpect(jsonPath("$.files[*].updated", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(0))))
			.andExpect(jsonPath("$.files[0].unchanged").value(4))
			.andExpect(jsonPath("$.files[1].unchanged").value(2))
			.andExpect(jsonPath("$.files[2].unchanged").value(2));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void acceptsMultipartZip() throws Exception {
		// given
		MockMultipartFile file = new MockMultipartFile("file", "package.zip", "application/zip", zip(goodPackage()));

		// when
		ResultActions result = this.mvc.perform(multipart("/api/v1/imports").file(file).with(curator()));

		// then
		result.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IMPORTED"));
		assertThat(counts()).containsExactly(4L, 2L, 2L);
	}

	@Test
	void acceptsMultipartCsvParts() throws Exception {
		// given
		MockMultipartFile governments = new MockMultipartFile("governments.csv", "governments.csv", "text/csv",
				GOVERNMENTS.getBytes(StandardCharsets.UTF_8));
		MockMultipartFile agreementsPart = new MockMultipartFile("files", "agreements.csv", "text/csv",
				AGREEMENTS.getBytes(StandardCharsets.UTF_8));

		// when
		ResultActions result = this.mvc
			.perform(multipart("/api/v1/imports").file(governments).file(agreementsPart).with(curator()));

		// then
		result.andExpect(status().isOk()).andExpect(jsonPath("$.files", hasSize(2)));
		assertThat(counts()).containsExactly(4L, 2L, 0L);
	}

	@Test
	void dryRunWritesNothing() throws Exception {
		// when
		ResultActions result = this.mvc.perform(post("/api/v1/imports").param("dryRun", "true")
			.contentType("application/zip")
			.content(zip(goodPackage()))
			.with(curator()));

		// then
		result.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.files[0].created").value(4));
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void reportsWarningsWithoutBlocking() throws Exception {
		// given
		String early = ENGAGEMENTS.replace("e-2,bc-gyeonggi,2018", "e-2,bc-gyeonggi,2001");
		String lonely = GOVERNMENTS + "CA-BC-surrey,Surrey,,,CA,CA-BC,LOCAL,CA-BC,,,\n";
		Map<String, String> files = goodPackageWith("engagements.csv", early);
		files.put("governments.csv", lonely);

		// when
		ResultActions result = importZip(zip(files));

		// then
		result.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[?(@.file == 'engagements.csv' && @.line == 3)]", hasSize(1)))
			.andExpect(jsonPath("$.warnings[?(@.file == 'governments.csv' && @.line == 6)]", hasSize(1)));
	}

	@Test
	void rejectsUnauthenticatedImport() throws Exception {
		// when
		ResultActions result = this.mvc
			.perform(post("/api/v1/imports").contentType("application/zip").content(zip(goodPackage())));

		// then
		result.andExpect(status().isUnauthorized());
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void answersMalformedZipAndCsvWithBadRequest() throws Exception {
		// when
		ResultActions notZip = importZip("not a zip".getBytes(StandardCharsets.UTF_8));
		ResultActions openQuote = importZip(zip(Map.of("agreements.csv", "id,notes\na,\"never closed\n")));
		ResultActions unknownFile = importZip(zip(Map.of("governments.csv", GOVERNMENTS, "extra.txt", "hello")));

		// then
		notZip.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("import.zip.empty"));
		openQuote.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("agreements.csv")));
		unknownFile.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].file").value("extra.txt"));
	}

	private ResultActions importZip(byte[] zip) throws Exception {
		return this.mvc.perform(post("/api/v1/imports").contentType("application/zip").content(zip).with(curator()));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor curator() {
		return httpBasic("curator", "curator-test-password");
	}

	private List<Long> counts() {
		return List.of(this.gazetteer.count(), this.agreements.count(), this.engagements.count());
	}

}
