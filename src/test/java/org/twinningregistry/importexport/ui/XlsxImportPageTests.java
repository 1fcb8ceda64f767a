package org.twinningregistry.importexport.ui;

import org.twinningregistry.ApiTestSupport;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.importexport.DataPackageFixtures;
import org.twinningregistry.importexport.XlsxFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The imports page: everyone finds the template and the exports; a curator uploads a
 * filled workbook and reads the report, errors named by sheet, row and column.
 */
@SpringBootTest
@AutoConfigureMockMvc
class XlsxImportPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void offersTheTemplateToEveryoneAndTheUploadFormToCurators() throws Exception {
		// when
		String visitor = this.mvc.perform(get("/imports")).andReturn().getResponse().getContentAsString();
		String curator = this.mvc.perform(get("/imports").with(ApiTestSupport.curatorUser()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(visitor).contains("/api/v1/imports/template.xlsx", "/api/v1/exports/registry.xlsx")
			.doesNotContain("id=\"upload\"");
		assertThat(curator).contains("id=\"upload\"", "enctype=\"multipart/form-data\"");
	}

	@Test
	void importsAFilledWorkbookAndShowsTheReport() throws Exception {
		// given
		byte[] workbook = XlsxFixtures.fromCsv(DataPackageFixtures.goodPackage(), true);

		// when
		String page = upload("twinnings.xlsx", workbook, false);

		// then
		assertThat(page).contains("id=\"report\"", "Imported.", "governments");
		assertThat(this.gazetteer.count()).isEqualTo(4);
	}

	@Test
	void showsEveryErrorWithSheetRowAndColumnAndWritesNothing() throws Exception {
		// given
		Map<String, String> files = DataPackageFixtures.goodPackageWith("engagements.csv",
				DataPackageFixtures.ENGAGEMENTS.replace("CULTURE,BOTH", "culture,BOTH"));
		byte[] workbook = XlsxFixtures.fromCsv(files, true);

		// when
		String page = upload("twinnings.xlsx", workbook, false);

		// then
		assertThat(page).contains("Not imported: 1 error(s)", "<td>engagements</td>", "<td class=\"count\">3</td>",
				"<td>category</td>", "<td>culture</td>");
		assertThat(this.gazetteer.count()).isZero();
	}

	@Test
	void explainsAFileThatIsNoWorkbook() throws Exception {
		// when
		String page = upload("notes.xlsx", "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8), false);

		// then
		assertThat(page).contains("flash-error", "not a readable XLSX workbook");
	}

	/**
	 * Posts the form as a curator, then follows the redirect in the same session, which
	 * holds the flash attributes (in the database, as every instance sees them).
	 */
	private String upload(String name, byte[] content, boolean dryRun) throws Exception {
		MvcResult posted = this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", name, null, content))
				.param("dryRun", String.valueOf(dryRun))
				.with(ApiTestSupport.curatorUser())
				.with(csrf()))
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/imports");
		return this.mvc
			.perform(get("/imports").cookie(posted.getResponse().getCookie("SESSION"))
				.with(ApiTestSupport.curatorUser()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
