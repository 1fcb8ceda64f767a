package org.twinningregistry.importexport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackage;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;
import static org.twinningregistry.importexport.XlsxImportTests.XLSX;
import static org.twinningregistry.importexport.XlsxImportTests.curator;

/**
 * Hostile or mistaken uploads are refused with a problem naming what is wrong, before
 * anything is written: too large (413), too many rows (413), no workbook at all (400), a
 * ZIP bomb (400), a workbook without the package's sheets (400). Small limits here, so
 * that the files stay small.
 */
@SpringBootTest(properties = { "registry.import.max-size=64KB", "registry.import.max-rows=50" })
@AutoConfigureMockMvc
class XlsxHostileFileTests {

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
	void refusesUploadsLargerThanTheLimitWith413() throws Exception {
		// given
		byte[] large = largeWorkbook();
		byte[] largeZip = zip(withNotes(goodPackage(), 200_000));

		// when
		ResultActions body = importXlsx(large);
		ResultActions part = this.mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "big.xlsx", XLSX, large))
				.with(curator()));
		ResultActions zipBody = this.mvc
			.perform(post("/api/v1/imports").contentType("application/zip").content(largeZip).with(curator()));

		// then
		assertThat(large.length).isGreaterThan(64 * 1024);
		assertThat(largeZip.length).isGreaterThan(64 * 1024);
		for (ResultActions result : List.of(body, part, zipBody)) {
			result.andExpect(status().isContentTooLarge())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("import.too-large"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("0.06 MB")));
		}
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void refusesASheetWithMoreRowsThanTheLimitWith413() throws Exception {
		// given
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("id", "name", "country", "subdivision", "level"));
		for (int i = 0; i < 51; i++) {
			rows.add(List.of("KR-41-g" + i, "Gun " + i, "KR", "KR-41", "LOCAL"));
		}

		// when
		ResultActions result = importXlsx(XlsxFixtures.workbook(Map.of("governments", rows)));

		// then
		result.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("import.xlsx.too-many-rows"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("governments")));
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void refusesFilesThatAreNoWorkbookWith400() throws Exception {
		// when
		ResultActions text = importXlsx("id,name\n".getBytes(StandardCharsets.UTF_8));
		ResultActions csvPackage = importXlsx(zip(goodPackage()));
		ResultActions truncated = importXlsx(java.util.Arrays.copyOf(XlsxFixtures.fromCsv(goodPackage(), true), 2000));
		ResultActions noTable = importXlsx(XlsxFixtures.workbook(Map.of("Sheet1", List.of(List.of("id")))));

		// then
		for (ResultActions result : List.of(text, csvPackage, truncated)) {
			result.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("import.xlsx.unreadable"));
		}
		noTable.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("import.xlsx.no-sheets"));
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void refusesAZipBombWith400() throws Exception {
		// given: a small file whose sheet unpacks to some 20 MB
		byte[] good = XlsxFixtures.fromCsv(goodPackage(), true);
		byte[] bomb = inflated(good, "xl/worksheets/sheet1.xml", 20 * 1024 * 1024);

		// when
		ResultActions result = importXlsx(bomb);

		// then
		assertThat(bomb.length).isLessThan(64 * 1024);
		result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("import.xlsx.bomb"));
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	/** A workbook of some 100 KB: rows of random text. */
	private static byte[] largeWorkbook() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("id", "name", "country", "subdivision", "level"));
		for (int i = 0; i < 40; i++) {
			rows.add(List.of("g" + i, random(4000, i), "KR", "KR-41", "LOCAL"));
		}
		return XlsxFixtures.workbook(Map.of("governments", rows));
	}

	/** The package with long notes on its first agreement, to make it large. */
	private static Map<String, String> withNotes(Map<String, String> files, int length) {
		Map<String, String> large = new LinkedHashMap<>(files);
		String notes = random(length, 42);
		large.put("agreements.csv",
				files.get("agreements.csv")
					.replace("source\n", "source,notes\n")
					.replace("example.org/burnaby\n", "example.org/burnaby," + notes + "\n")
					.replace("example.org/bc\n", "example.org/bc,\n"));
		return large;
	}

	private static String random(int length, long seed) {
		StringBuilder text = new StringBuilder();
		java.util.Random random = new java.util.Random(seed);
		while (text.length() < length) {
			text.append(Long.toString(random.nextLong(), 36));
		}
		return text.toString();
	}

	/** The workbook with blanks padding the entry's XML to the given size. */
	private static byte[] inflated(byte[] xlsx, String entry, int size) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (e.getName().equals(entry)) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int at = xml.indexOf("<sheetData>");
					content = (xml.substring(0, at) + " ".repeat(size) + xml.substring(at))
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(e.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private ResultActions importXlsx(byte[] workbook) throws Exception {
		return this.mvc.perform(post("/api/v1/imports").contentType(XLSX).content(workbook).with(curator()));
	}

	private List<Long> counts() {
		return List.of(this.gazetteer.count(), this.agreements.count(), this.engagements.count());
	}

}
