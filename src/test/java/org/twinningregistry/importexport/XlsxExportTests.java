package org.twinningregistry.importexport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.TableSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.importexport.DataPackageFixtures.unzip;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

/**
 * The template has a sheet per table with the spec's columns and drop-down lists of the
 * codes; the registry workbook has every record in the same layout and imports back
 * unchanged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class XlsxExportTests {

	/** Hangul, accents, apostrophes, quotes, commas and line breaks, partial dates. */
	private static final String GOVERNMENTS = """
			id,name,name_fr,name_local,country,subdivision,level,parent,population,latitude,longitude,wikidata,geonames
			CA-QC,Quebec,Québec,,CA,CA-QC,REGIONAL,,,,,Q176,6115047
			CA-QC-montreal,Montreal,Montréal,Montréal,CA,CA-QC,LOCAL,CA-QC,1762949,45.50884,-73.58781,,6077243
			KR-11,Seoul,Séoul,서울특별시,KR,KR-11,REGIONAL,,10349312,37.566,126.9784,,1835848
			""";

	private static final String AGREEMENTS = """
			id,party_a,party_b,type,signed,status,ended,term_ends,renewed,council_resolution,supersedes,purposes,source,notes
			mtl-seoul-1,CA-QC-montreal,KR-11,FRIENDSHIP,2015-03,ENDED,2020,,,,,CULTURE;ECONOMY,"https://example.org/a,b","The city's ""first"" accord, d'après la ville
			signed in Seoul: 서울"
			mtl-seoul-2,CA-QC-montreal,KR-11,SISTER,2020-06-01,ACTIVE,,2030,2025-06,Res. 2020-114,mtl-seoul-1,,,
			""";

	private static final String ENGAGEMENTS = """
			id,agreement,year,date,end_date,category,origin,form,mode,participants,official_level,cost,currency,title,description,source
			e-1,mtl-seoul-2,2021,2021-09-30,2021-10-02,CULTURE,BOTH,EVENT,VIRTUAL,120,STAFF,1500.50,CAD,"Festival ""Lumières"", online",,
			e-2,mtl-seoul-1,2016,,,ADMINISTRATIVE,KR-11,CORRESPONDENCE,,,,,,Mayor's greeting,,
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void templateHasTheTablesSheetsTheirHeadersAndDropDownListsOfTheCodes() throws Exception {
		// when
		byte[] template = this.mvc.perform(get("/api/v1/imports/template.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"template.xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		// then
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
				.containsExactly("governments", "agreements", "engagements", "plans", "planned_activities", "codes");
			assertThat(workbook.isSheetHidden(5)).isTrue();
			for (TableSchema table : DataPackageSchema.TABLES) {
				Sheet sheet = workbook.getSheet(table.name());
				assertThat(XlsxFixtures.read(template).get(table.name())).containsExactly(table.columns());
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getColumnWidth(0)).isGreaterThan(256 * 8);
			}
			assertThat(dropDowns(workbook.getSheet("governments"))).containsOnlyKeys("country", "level");
			assertThat(dropDowns(workbook.getSheet("agreements"))).containsOnlyKeys("type", "status");
			assertThat(dropDowns(workbook.getSheet("engagements"))).containsOnlyKeys("category", "form", "mode",
					"official_level");
			assertThat(codes(workbook, dropDowns(workbook.getSheet("engagements")).get("category")))
				.containsExactlyElementsOf(DataPackageSchema.ENGAGEMENTS.field("category").orElseThrow().codes());
			assertThat(codes(workbook, dropDowns(workbook.getSheet("governments")).get("level")))
				.containsExactly("NATIONAL", "REGIONAL", "LOCAL");
			assertThat(dropDowns(workbook.getSheet("planned_activities"))).containsOnlyKeys("category", "form");
			assertThat(codes(workbook, dropDowns(workbook.getSheet("governments")).get("country")))
				.contains("CA", "KR", "FR")
				.hasSizeGreaterThan(200);
		}
	}

	@Test
	void registryWorkbookHasEveryRowInIdOrderAndImportsBackToTheSameRegistry() throws Exception {
		// given
		StringBuilder many = new StringBuilder(GOVERNMENTS);
		for (int i = 0; i < 250; i++) {
			many.append("KR-11-d").append(1000 + i).append(",District ").append(i);
			many.append(",,구,KR,KR-11,LOCAL,KR-11,,,,,\n");
		}
		importZip(zip(Map.of("governments.csv", many.toString(), "agreements.csv", AGREEMENTS, "engagements.csv",
				ENGAGEMENTS)));
		Map<String, byte[]> before = csvFiles();

		// when
		byte[] workbook = this.mvc.perform(get("/api/v1/exports/registry.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"registry.xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, List<List<String>>> sheets = XlsxFixtures.read(workbook);
		RegistryDatabase.clear(this.jdbc);
		this.mvc
			.perform(post("/api/v1/imports").contentType(XlsxImportTests.XLSX)
				.content(workbook)
				.with(XlsxImportTests.curator()))
			.andExpect(status().isOk());

		// then
		assertThat(sheets.get("governments")).hasSize(1 + 3 + 250);
		List<String> ids = sheets.get("governments").stream().skip(1).map(row -> row.get(0)).toList();
		assertThat(ids).hasSize(253).containsExactlyElementsOf(csvIds(before.get("governments.csv")));
		assertThat(sheets.get("governments").get(3)).containsSequence("KR-11", "Seoul", "Séoul", "서울특별시");
		assertThat(sheets.get("agreements").get(1).get(13))
			.isEqualTo("The city's \"first\" accord, d'après la ville\nsigned in Seoul: 서울");
		assertThat(sheets.get("engagements").get(2)).contains("Mayor's greeting");
		assertThat(sheets.get("agreements").get(2)).containsSequence("SISTER", "2020-06-01", "ACTIVE", "", "2030",
				"2025-06");
		Map<String, byte[]> after = csvFiles();
		before.forEach((file, csv) -> assertThat(new String(after.get(file), StandardCharsets.UTF_8)).as(file)
			.isEqualTo(new String(csv, StandardCharsets.UTF_8)));
	}

	/** The ids of a CSV export, in its order (the database's id order). */
	private static List<String> csvIds(byte[] csv) {
		return new String(csv, StandardCharsets.UTF_8).lines()
			.skip(1)
			.map(line -> line.substring(0, line.indexOf(',')))
			.toList();
	}

	/** The sheet's drop-down lists: column name to the formula of its list. */
	private static Map<String, String> dropDowns(Sheet sheet) {
		List<String> header = java.util.stream.StreamSupport.stream(sheet.getRow(0).spliterator(), false)
			.map(cell -> cell.getStringCellValue())
			.toList();
		Map<String, String> lists = new java.util.TreeMap<>();
		for (DataValidation validation : sheet.getDataValidations()) {
			int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
			assertThat(validation.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
			lists.put(header.get(column), validation.getValidationConstraint().getFormula1());
		}
		return lists;
	}

	/** The codes a list formula such as {@code codes!$D$2:$D$16} points at. */
	private static List<String> codes(Workbook workbook, String formula) {
		var range = org.apache.poi.ss.util.AreaReference.isContiguous(formula)
				? new org.apache.poi.ss.util.AreaReference(formula, workbook.getSpreadsheetVersion()) : null;
		assertThat(range).isNotNull();
		Sheet sheet = workbook.getSheet(range.getFirstCell().getSheetName());
		return java.util.Arrays.stream(range.getAllReferencedCells())
			.map(ref -> sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue())
			.toList();
	}

	private void importZip(byte[] zip) throws Exception {
		this.mvc
			.perform(
					post("/api/v1/imports").contentType("application/zip").content(zip).with(XlsxImportTests.curator()))
			.andExpect(status().isOk());
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

}
