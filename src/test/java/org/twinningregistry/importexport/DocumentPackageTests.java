package org.twinningregistry.importexport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.continuity.ContinuityFixtures;
import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.document.DocumentFixtures;
import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentVisibility;
import org.twinningregistry.document.NewDocument;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.workflow.RecordRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents travel in the data package: a curator's export holds every document's file
 * under {@code documents/} and {@code documents.csv} with its SHA-256; imported into an
 * empty registry it gives the same documents (same ids, same bytes, same SHA-256), and
 * importing it again changes nothing. The public's export holds the public documents
 * only. On the engine of the active profile.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentPackageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DocumentArchive documents;

	@BeforeEach
	void fixture() {
		ContinuityFixtures.burnabyAndItsPartners(this.context);
		SystemCurator.call(() -> {
			add(AgreementRegistry.ref(ContinuityFixtures.BURNABY_HWASEONG), "Signed agreement (화성시)",
					DocumentKind.SIGNED_TEXT, DocumentVisibility.PUBLIC, "협정서 2010.pdf",
					DocumentFixtures.pdf("signed"));
			add(EngagementLog.ref(ContinuityFixtures.DELEGATION_2019), "Delegation photo", DocumentKind.PHOTO,
					DocumentVisibility.INTERNAL, "delegation.png", DocumentFixtures.png());
			return null;
		});
	}

	@Test
	void anExportedPackageReimportsIntoAnEmptyRegistryWithIdenticalDocuments() throws Exception {
		// given
		List<String> before = stored();
		byte[] zip = export(true);
		Map<String, byte[]> files = unzip(zip);
		assertThat(files.keySet()).contains("documents.csv")
			.filteredOn(name -> name.startsWith("documents/"))
			.hasSize(2);
		RegistryDatabase.clear(this.jdbc);
		assertThat(stored()).isEmpty();

		// when
		this.mvc.perform(post("/api/v1/imports").contentType("application/zip").content(zip).with(curator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[?(@.file == 'documents.csv')].created").value(2));

		// then
		assertThat(stored()).isEqualTo(before).hasSize(2);
		this.mvc.perform(post("/api/v1/imports").contentType("application/zip").content(zip).with(curator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[?(@.file == 'documents.csv')].unchanged").value(2));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void thePublicExportHoldsThePublicDocumentsOnly() throws Exception {
		Map<String, byte[]> files = unzip(export(false));
		String csv = new String(files.get("documents.csv"), StandardCharsets.UTF_8);
		assertThat(csv).contains("Signed agreement (화성시)").doesNotContain("Delegation photo");
		assertThat(files.keySet()).filteredOn(name -> name.startsWith("documents/")).hasSize(1);
	}

	@Test
	void refusesAPackageWhoseFileIsNotTheOneItsRowNames() throws Exception {
		// given: the export, with the signed agreement's bytes changed
		Map<String, byte[]> files = unzip(export(true));
		String pdf = files.keySet().stream().filter(n -> n.endsWith(".pdf")).findFirst().orElseThrow();
		files.put(pdf, DocumentFixtures.pdf("forged"));
		RegistryDatabase.clear(this.jdbc);
		// when / then
		this.mvc
			.perform(post("/api/v1/imports").contentType("application/zip")
				.content(DataPackageFixtures.zipBytes(files))
				.with(curator()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].file").value("documents.csv"))
			.andExpect(jsonPath("$.errors[0].column").value("sha256"));
		assertThat(stored()).isEmpty();
	}

	/** Each stored document's id, record, SHA-256 as recorded and of its stored bytes. */
	private List<String> stored() {
		return this.jdbc
			.sql("SELECT d.id, d.record_kind, d.record_id, d.sha256, d.title, d.file_name, d.visibility, c.content "
					+ "FROM document d JOIN document_content c ON c.document_id = d.id ORDER BY d.id")
			.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7),
					java.util.HexFormat.of().formatHex(sha256(rs.getBytes(8)))))
			.list();
	}

	private byte[] export(boolean asCurator) throws Exception {
		var request = get("/api/v1/exports/data-package.zip");
		if (asCurator) {
			request.with(curator());
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor curator() {
		return httpBasic("curator", "curator-test-password");
	}

	private void add(RecordRef record, String title, DocumentKind kind, DocumentVisibility visibility, String fileName,
			byte[] bytes) {
		this.documents.add(new NewDocument(record, title, kind, "ko", visibility, fileName), bytes.length,
				new ByteArrayResource(bytes));
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
