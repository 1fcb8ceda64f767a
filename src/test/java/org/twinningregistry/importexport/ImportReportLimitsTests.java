package org.twinningregistry.importexport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackageWith;
import static org.twinningregistry.importexport.DataPackageFixtures.importFolders;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;
import static org.twinningregistry.importexport.DataPackageFixtures.zipOfRepeatedLines;

/**
 * What an import answers stays small whatever it is sent: a ZIP bomb is refused as it
 * unpacks, a header of millions of columns is one error, a file full of errors lists the
 * first few and counts the rest (in the answer, a job's report and on the page), a pairs
 * list's report lists its first rows and counts them all; no import leaves its temporary
 * folder behind. Small limits here, so that the files stay small.
 */
@SpringBootTest(properties = { "registry.import.max-unpacked-size=8MB", "registry.import.max-reported-issues=5",
		"registry.import.max-reported-pairs=3" })
@AutoConfigureMockMvc
class ImportReportLimitsTests {

	private static final String ENGAGEMENTS_HEADER = "id,agreement,year,category,origin,title\n";

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
	void refusesAZipBombWhileUnpackingItAndLeavesNothingOnDisk() throws Exception {
		// given
		byte[] bomb = zipOfRepeatedLines("engagements.csv", ENGAGEMENTS_HEADER,
				"x,burnaby-hwaseong,2015,CULTURE,BOTH,Exchange\n", 40L * 1024 * 1024);
		Set<Path> before = importFolders();

		// when
		ResultActions body = importZip(bomb, "");
		ResultActions part = this.mvc.perform(
				multipart("/api/v1/imports").file(new MockMultipartFile("file", "bomb.zip", "application/zip", bomb))
					.with(ApiTestSupport.curator()));
		ResultActions async = importZip(bomb, "?async=true");

		// then
		assertThat(bomb.length).isLessThan(256 * 1024);
		for (ResultActions result : List.of(body, part, async)) {
			result.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("import.zip.too-large"))
				.andExpect(jsonPath("$.detail").value(containsString("8 MB")));
		}
		assertThat(importFolders()).isSubsetOf(before);
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void answersAHeaderOfFiveMillionColumnsWithOneErrorBeforeParsingIt() throws Exception {
		// given: 5 MB of header, packed into a few kilobytes
		byte[] zip = zipOfRepeatedLines("governments.csv", "id,name,country,subdivision,level", ",", 5L * 1000 * 1000);

		// when
		MvcResult result = importZip(zip, "").andReturn();

		// then
		assertThat(zip.length).isLessThan(64 * 1024);
		String problem = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(problem.length()).isLessThan(8 * 1024);
		assertThat(JsonPath.<List<Object>>read(problem, "$.errors")).hasSize(1);
		assertThat(JsonPath.<String>read(problem, "$.errors[0].code")).isEqualTo("import.row.too-large");
		assertThat(JsonPath.<Integer>read(problem, "$.errors[0].line")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(problem, "$.omittedErrors")).isZero();
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void listsTheFirstErrorsOfAWideHeaderAndCountsTheRest() throws Exception {
		// given: 600 unknown columns, narrower than the widest row allowed
		StringBuilder header = new StringBuilder("id,name,country,subdivision,level");
		for (int i = 1; i <= 600; i++) {
			header.append(",unknown").append(i);
		}
		byte[] zip = zip(Map.of("governments.csv", header + "\n"));

		// when
		ResultActions result = importZip(zip, "");

		// then
		result.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(5))
			.andExpect(jsonPath("$.errors[0].column").value("unknown1"))
			.andExpect(jsonPath("$.errors[4].column").value("unknown5"))
			.andExpect(jsonPath("$.omittedErrors").value(595))
			.andExpect(jsonPath("$.detail").value(containsString("600 error")));
	}

	@Test
	void listsTheFirstErrorsOfManyBadRowsAndCountsTheRestInAJobAndOnThePage() throws Exception {
		// given
		StringBuilder rows = new StringBuilder(ENGAGEMENTS_HEADER);
		for (int i = 1; i <= 40; i++) {
			rows.append("x-").append(i).append(",no-such-agreement,2015,CULTURE,BOTH,Exchange\n");
		}
		byte[] zip = zip(goodPackageWith("engagements.csv", rows.toString()));
		ImportJobClient client = new ImportJobClient(this.mvc);
		Set<Path> before = importFolders();

		// when
		ResultActions now = importZip(zip, "");
		String job = client.awaitEnd(ImportJobClient.path(client.submit(zip, "async=true")));
		MvcResult posted = this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", "package.zip", null, zip))
				.with(ApiTestSupport.curatorUser())
				.with(csrf()))
			.andReturn();
		String page = this.mvc
			.perform(get("/imports").cookie(posted.getResponse().getCookie("SESSION"))
				.with(ApiTestSupport.curatorUser()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		now.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(5))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.omittedErrors").value(35))
			.andExpect(jsonPath("$.omittedWarnings").value(0));
		assertThat(JsonPath.<String>read(job, "$.status")).isEqualTo("REJECTED");
		assertThat(JsonPath.<List<Object>>read(job, "$.report.errors")).hasSize(5);
		assertThat(JsonPath.<Integer>read(job, "$.report.omittedErrors")).isEqualTo(35);
		assertThat(page).contains("40 error(s)", "id=\"omitted-errors\"", "35 more error(s)");
		assertThat(importFolders()).as("each import's folder, deleted when it ended").isSubsetOf(before);
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void pairsReportCountsEveryRowAndListsTheFirst() throws Exception {
		// given: the sample list's first 50 rows
		String sample = new ClassPathResource("pairs/wikipedia-pairs-sample.csv")
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.limit(51)
			.collect(Collectors.joining("\n"));

		// when
		String report = this.mvc.perform(
				post("/api/v1/imports/pairs").contentType("text/csv").content(sample).with(ApiTestSupport.curator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		// then
		int rows = JsonPath.read(report, "$.rows");
		int statuses = JsonPath.<Integer>read(report, "$.placed") + JsonPath.<Integer>read(report, "$.ambiguous")
				+ JsonPath.<Integer>read(report, "$.duplicates") + JsonPath.<Integer>read(report, "$.unplaced");
		assertThat(rows).isEqualTo(50);
		assertThat(statuses).isEqualTo(50);
		assertThat(JsonPath.<Integer>read(report, "$.placed")).isPositive();
		assertThat(JsonPath.<List<Integer>>read(report, "$.entries[*].line")).containsExactly(2, 3, 4);
		assertThat(JsonPath.<Integer>read(report, "$.omittedEntries")).isEqualTo(47);
	}

	private ResultActions importZip(byte[] zip, String query) throws Exception {
		return this.mvc.perform(post("/api/v1/imports" + query).contentType("application/zip")
			.content(zip)
			.with(ApiTestSupport.curator()));
	}

	private List<Long> counts() {
		return List.of(this.gazetteer.count(), this.agreements.count(), this.engagements.count());
	}

}
