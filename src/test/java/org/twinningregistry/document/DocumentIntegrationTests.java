package org.twinningregistry.document;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.continuity.ContinuityFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents over the API on the engine of the active profile: stored with the SHA-256 of
 * their bytes and served back as attachments in a sandbox; refused, with nothing stored,
 * when forged, too large or out of the uploader's roles; internal ones kept to those
 * whose roles cover the record; every addition and removal in the record's history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentIntegrationTests {

	private static final String AGREEMENT_DOCUMENTS = "/api/v1/agreements/burnaby-hwaseong/documents";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void fixture() {
		ContinuityFixtures.burnabyAndItsPartners(this.context);
	}

	static RequestPostProcessor reporter() {
		return user("rita").authorities(new Grant(RegistryRole.REPORTER, "CA-BC-burnaby"));
	}

	static RequestPostProcessor otherReporter() {
		return user("tom").authorities(new Grant(RegistryRole.REPORTER, "CA-ON-toronto"));
	}

	static RequestPostProcessor reviewer() {
		return user("bob").authorities(new Grant(RegistryRole.REVIEWER, "CA-BC"));
	}

	@Test
	void storesADocumentWithItsHashAndServesItBackAsAnAttachmentInASandbox() throws Exception {
		// given
		byte[] pdf = DocumentFixtures.pdf("Sister city agreement, signed 2010-07-20");
		// when
		MvcResult added = this.mvc
			.perform(upload(AGREEMENT_DOCUMENTS, "burnaby-hwaseong.pdf", "application/pdf", pdf, "Signed agreement",
					"SIGNED_TEXT", "PUBLIC")
				.param("language", "ko")
				.with(reporter()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.sha256").value(DocumentIntake.sha256(pdf)))
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.size").value(pdf.length))
			.andExpect(jsonPath("$.kind").value("SIGNED_TEXT"))
			.andExpect(jsonPath("$.language").value("ko"))
			.andExpect(jsonPath("$.recordKind").value("agreement"))
			.andExpect(jsonPath("$.addedBy").value("Reporter of Burnaby"))
			.andReturn();
		String id = com.jayway.jsonpath.JsonPath.read(added.getResponse().getContentAsString(), "$.id");
		// then
		assertThat(added.getResponse().getHeader("Location")).isEqualTo("/api/v1/documents/" + id);
		this.mvc.perform(get(AGREEMENT_DOCUMENTS))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].title").value("Signed agreement"))
			.andExpect(jsonPath("$[0].fileName").value("burnaby-hwaseong.pdf"));
		this.mvc.perform(get("/api/v1/documents/" + id))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.startsWith("attachment; filename=\"burnaby-hwaseong.pdf\"")))
			.andExpect(header().string("Content-Security-Policy", "sandbox"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		assertThat(history("agreement", "burnaby-hwaseong")).contains("DOCUMENT_ADDED");
	}

	@Test
	void refusesAnExecutableRenamedPdfAndStoresNothing() throws Exception {
		// given
		Map<String, Long> before = counts();
		// when / then
		this.mvc
			.perform(upload(AGREEMENT_DOCUMENTS, "agreement.pdf", "application/pdf", DocumentFixtures.executable(),
					"Signed agreement", "SIGNED_TEXT", "PUBLIC")
				.with(reporter()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.code").value("error.rule-violation"))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.document.type"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.containsString("application/x-msdownload")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void refusesAFileOverTheLimitAndStoresNothing() throws Exception {
		// given: the tests' limit is 1 MB
		Map<String, Long> before = counts();
		byte[] large = new byte[1024 * 1024 + 1];
		System.arraycopy(DocumentFixtures.pdf("big"), 0, large, 0, 20);
		// when / then
		this.mvc
			.perform(upload(AGREEMENT_DOCUMENTS, "big.pdf", "application/pdf", large, "Report", "REPORT", "PUBLIC")
				.with(reporter()))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("document.too-large"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1 MB")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void refusesAnUploadToARecordOutsideTheUploadersRolesAndStoresNothing() throws Exception {
		// given
		Map<String, Long> before = counts();
		// when / then
		this.mvc
			.perform(upload(AGREEMENT_DOCUMENTS, "a.pdf", "application/pdf", DocumentFixtures.pdf("x"), "Report",
					"REPORT", "PUBLIC")
				.with(otherReporter()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.mvc
			.perform(upload(AGREEMENT_DOCUMENTS, "a.pdf", "application/pdf", DocumentFixtures.pdf("x"), "Report",
					"REPORT", "PUBLIC"))
			.andExpect(status().isUnauthorized());
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void refusesMissingAndUnknownPartsFieldByField() throws Exception {
		// given
		Map<String, Long> before = counts();
		// when / then
		this.mvc
			.perform(multipart(AGREEMENT_DOCUMENTS)
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf", DocumentFixtures.pdf("x")))
				.param("kind", "NOT_A_KIND")
				.with(reporter()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.containsInAnyOrder("title", "kind", "visibility")));
		this.mvc
			.perform(upload("/api/v1/agreements/no-such-agreement/documents", "a.pdf", "application/pdf",
					DocumentFixtures.pdf("x"), "Report", "REPORT", "PUBLIC")
				.with(reporter()))
			.andExpect(status().isNotFound());
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void keepsInternalDocumentsToThoseWhoseRolesCoverTheRecord() throws Exception {
		// given
		String id = add(AGREEMENT_DOCUMENTS, "Council briefing note", "INTERNAL", reporter());
		// then
		this.mvc.perform(get(AGREEMENT_DOCUMENTS)).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get(AGREEMENT_DOCUMENTS).with(otherReporter())).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/documents/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/documents/" + id).with(otherReporter())).andExpect(status().isNotFound());
		this.mvc.perform(get(AGREEMENT_DOCUMENTS).with(reviewer())).andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get("/api/v1/documents/" + id).with(reporter())).andExpect(status().isOk());
		// and its history entry only to them too
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history"))
			.andExpect(jsonPath("$[?(@.action == 'INTERNAL_ADDED')]", hasSize(0)));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history").with(reporter()))
			.andExpect(jsonPath("$[?(@.action == 'INTERNAL_ADDED')]", hasSize(1)));
	}

	@Test
	void removesForAReviewerOrTheAccountThatAddedItAndRecordsTheRemoval() throws Exception {
		// given
		String byReviewer = add(AGREEMENT_DOCUMENTS, "Letter of intent", "PUBLIC", reviewer());
		String byReporter = add("/api/v1/engagements/bh-2019/documents", "Delegation photo", "PUBLIC", reporter());
		// when / then
		this.mvc.perform(delete("/api/v1/documents/" + byReviewer).with(reporter())).andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/documents/" + byReviewer).with(reviewer())).andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/documents/" + byReporter).with(reporter())).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/documents/" + byReporter)).andExpect(status().isNotFound());
		assertThat(history("agreement", "burnaby-hwaseong")).contains("DOCUMENT_ADDED", "DOCUMENT_REMOVED");
		assertThat(history("engagement", "bh-2019")).contains("DOCUMENT_ADDED", "DOCUMENT_REMOVED");
		assertThat(counts().get("document")).isZero();
	}

	@Test
	void aRecordWithDocumentsIsNotDeleted() throws Exception {
		// given
		add("/api/v1/engagements/bh-2019/documents", "Delegation photo", "PUBLIC", reviewer());
		// when / then
		this.mvc
			.perform(delete("/api/v1/engagements/bh-2019").param("version", "0")
				.with(user("cu").authorities(Grant.everywhere(RegistryRole.CURATOR))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.engagement.in-use"));
	}

	@Test
	void thePageShowsARefusedUploadBesideItsFieldAndAnAcceptedOneInTheList() throws Exception {
		// when: a forged file through the agreement page's form
		MvcResult refused = this.mvc
			.perform(upload("/agreements/burnaby-hwaseong/documents", "agreement.pdf", "application/pdf",
					DocumentFixtures.executable(), "Signed agreement", "SIGNED_TEXT", "PUBLIC")
				.with(reporter())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		// then the page it goes back to says why, beside the file, with the title typed
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/agreements/burnaby-hwaseong#documents");
		assertThat((java.util.Map<String, Object>) refused.getFlashMap()).containsKeys("documentErrors",
				"documentForm");
		assertThat(String.valueOf(refused.getFlashMap().get("documentErrors"))).contains("file=",
				"application/x-msdownload");
		assertThat(String.valueOf(refused.getFlashMap().get("documentForm"))).contains("Signed agreement");
		String page = this.mvc.perform(get("/agreements/burnaby-hwaseong").with(reporter()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"document-upload\"", "id=\"document-file\"");
		assertThat(counts().get("document")).isZero();
		// and an accepted one is listed with its download link
		this.mvc
			.perform(upload("/engagements/bh-2019/documents", "photo.png", "image/png", DocumentFixtures.png(),
					"Delegation photo", "PHOTO", "PUBLIC")
				.with(reporter())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().is3xxRedirection());
		String engagement = this.mvc.perform(get("/engagements/bh-2019"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(engagement).contains("Delegation photo", "photo.png", "Reporter of Burnaby");
		String id = this.jdbc.sql("SELECT id FROM document").query(String.class).single();
		this.mvc.perform(get("/documents/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", "sandbox"))
			.andExpect(content().bytes(DocumentFixtures.png()));
	}

	private String add(String path, String title, String visibility, RequestPostProcessor who) throws Exception {
		MvcResult result = this.mvc
			.perform(
					upload(path, "file.png", "image/png", DocumentFixtures.png(), title, "PHOTO", visibility).with(who))
			.andExpect(status().isCreated())
			.andReturn();
		return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	static MockMultipartHttpServletRequestBuilder upload(String path, String fileName, String type, byte[] bytes,
			String title, String kind, String visibility) {
		return (MockMultipartHttpServletRequestBuilder) multipart(path)
			.file(new MockMultipartFile("file", fileName, type, bytes))
			.param("title", title)
			.param("kind", kind)
			.param("visibility", visibility);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : new String[] { "document", "document_content", "workflow_history" }) {
			counts.put(table, this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
		}
		return counts;
	}

	private java.util.List<String> history(String kind, String id) {
		return this.jdbc.sql("SELECT action FROM workflow_history WHERE kind = :k AND record_id = :r ORDER BY id")
			.param("k", kind)
			.param("r", id)
			.query(String.class)
			.list();
	}

}
