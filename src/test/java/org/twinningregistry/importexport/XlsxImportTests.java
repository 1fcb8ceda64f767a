package org.twinningregistry.importexport;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.importexport.DataPackageFixtures.ENGAGEMENTS;
import static org.twinningregistry.importexport.DataPackageFixtures.GOVERNMENTS;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackage;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackageWith;
import static org.twinningregistry.importexport.DataPackageFixtures.unzip;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

/**
 * A filled workbook imports through the same checks and writes as the CSV package: the
 * same records, the same errors (naming sheet, row and column), all or nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class XlsxImportTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
	void importsWorkbookTypedWithNumbersAndDatesAsTheEquivalentCsvPackage() throws Exception {
		// given
		byte[] workbook = XlsxFixtures.fromCsv(goodPackage(), true);

		// when
		ResultActions result = importXlsx(workbook);
		Map<String, byte[]> fromWorkbook = csvFiles();
		RegistryDatabase.clear(this.jdbc);
		importZip(zip(goodPackage())).andExpect(status().isOk());
		Map<String, byte[]> fromCsv = csvFiles();

		// then
		result.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IMPORTED"))
			.andExpect(jsonPath("$.files[0].file").value("governments"))
			.andExpect(jsonPath("$.files[0].created").value(4))
			.andExpect(jsonPath("$.files[2].file").value("engagements"))
			.andExpect(jsonPath("$.errors", hasSize(0)));
		assertThat(fromWorkbook.keySet()).containsExactly("governments.csv", "agreements.csv", "engagements.csv",
				"plans.csv", "planned_activities.csv", "documents.csv");
		fromWorkbook
			.forEach((file, csv) -> assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).as(file)
				.isEqualTo(new String(fromCsv.get(file), java.nio.charset.StandardCharsets.UTF_8)));
	}

	@Test
	void importsTheDownloadedTemplateFilledInAsAMultipartFile() throws Exception {
		// given
		byte[] template = this.mvc.perform(get("/api/v1/imports/template.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled = fill(template, goodPackage());

		// when
		ResultActions result = this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "twinnings.xlsx", XLSX, filled))
				.with(curator()));

		// then
		result.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IMPORTED"));
		assertThat(counts()).containsExactly(4L, 2L, 2L);
		assertThat(this.gazetteer.find(new GovernmentId("KR-41-hwaseong")).orElseThrow().values().nameLocal())
			.isEqualTo("화성시");
	}

	@Test
	void rejectsTheWholeWorkbookForOneBadRowNamingSheetRowAndColumn() throws Exception {
		// given
		importZip(zip(goodPackage())).andExpect(status().isOk());
		List<Long> before = counts();
		Map<String, String> files = goodPackageWith("governments.csv",
				GOVERNMENTS.replace("Burnaby,,,", "City of Burnaby,,,"));
		files.put("engagements.csv", ENGAGEMENTS.replace("CULTURE,BOTH", "culture,BOTH").replace("e-2,", "e-3,"));

		// when
		ResultActions result = importXlsx(XlsxFixtures.fromCsv(files, true));

		// then
		result.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("import.rejected"))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].file").value("engagements"))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("category"))
			.andExpect(jsonPath("$.errors[0].value").value("culture"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Expected one of")));
		assertThat(counts()).isEqualTo(before);
		assertThat(this.gazetteer.find(new GovernmentId("CA-BC-burnaby")).orElseThrow().values().name())
			.isEqualTo("Burnaby");
	}

	@Test
	void reportsAnUnexpectedSheetAndWritesNothing() throws Exception {
		// given
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("governments", List.of(List.of("id", "name", "country", "subdivision", "level"),
				List.of("KR-41", "Gyeonggi-do", "KR", "KR-41", "REGIONAL")));
		sheets.put("Sheet2", List.of(List.of("anything")));

		// when
		ResultActions result = importXlsx(XlsxFixtures.workbook(sheets));

		// then
		result.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].file").value("Sheet2"))
			.andExpect(jsonPath("$.errors[0].code").value("import.sheet.unknown"));
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void keepsTheTextAClerkTypedWithoutSpuriousDecimalsOrTimes() throws Exception {
		// given
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("governments",
				List.of(List.of("id", "name", "country", "subdivision", "level", "population", "latitude", "longitude"),
						List.of("KR-41", "Gyeonggi-do", "KR", "KR-41", "REGIONAL", 13_530_519.0, 37.275, 127.0),
						List.of("CA-BC", "British Columbia", "CA", "CA-BC", "REGIONAL")));
		sheets.put("agreements",
				List.of(List.of("id", "party_a", "party_b", "type", "signed", "renewed"),
						List.of("bc-gyeonggi", "CA-BC", "KR-41", "SISTER",
								new XlsxFixtures.ExcelDate(java.time.LocalDate.of(2008, 5, 19), "d/m/yy"),
								new XlsxFixtures.ExcelDate(java.time.LocalDate.of(2018, 10, 1), "mmmm yyyy"))));

		// when
		importXlsx(XlsxFixtures.workbook(sheets)).andExpect(status().isOk())
			.andExpect(jsonPath("$.files[1].created").value(1));

		// then
		String governments = new String(csvFiles().get("governments.csv"), java.nio.charset.StandardCharsets.UTF_8);
		String agreements = new String(csvFiles().get("agreements.csv"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(governments).contains("KR-41,Gyeonggi-do,,,KR,KR-41,REGIONAL,,13530519,37.275,127,");
		assertThat(agreements).contains("bc-gyeonggi,CA-BC,KR-41,SISTER,2008-05-19,ACTIVE,,,2018-10,");
	}

	/** The template with the CSV files' rows typed in, each cell under its header. */
	static byte[] fill(byte[] template, Map<String, String> files) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Sheet sheet = workbook.getSheet(file.getKey().replace(".csv", ""));
				List<String> header = XlsxFixtures.read(template).get(sheet.getSheetName()).get(0);
				List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180
					.parse(new java.io.StringReader(file.getValue()))
					.getRecords();
				List<String> columns = records.get(0).toList();
				for (int r = 1; r < records.size(); r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < columns.size(); c++) {
						if (!records.get(r).get(c).isEmpty()) {
							row.createCell(header.indexOf(columns.get(c))).setCellValue(records.get(r).get(c));
						}
					}
				}
			}
			return XlsxFixtures.bytes(workbook);
		}
	}

	private ResultActions importXlsx(byte[] workbook) throws Exception {
		return this.mvc.perform(post("/api/v1/imports").contentType(XLSX).content(workbook).with(curator()));
	}

	private ResultActions importZip(byte[] zip) throws Exception {
		return this.mvc.perform(post("/api/v1/imports").contentType("application/zip").content(zip).with(curator()));
	}

	private Map<String, byte[]> csvFiles() throws Exception {
		Map<String, byte[]> files = unzip(this.mvc.perform(get("/api/v1/exports/data-package.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		files.remove("datapackage.json");
		return files;
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor curator() {
		return httpBasic("curator", "curator-test-password");
	}

	private List<Long> counts() {
		return List.of(this.gazetteer.count(), this.agreements.count(), this.engagements.count());
	}

}
