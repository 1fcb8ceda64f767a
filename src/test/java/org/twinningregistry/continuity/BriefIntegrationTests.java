package org.twinningregistry.continuity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.partnerfinder.PartnerSize;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.Statement;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentVisibility;
import org.twinningregistry.document.NewDocument;
import org.twinningregistry.reporting.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Burnaby's handover brief ({@link ContinuityFixtures}) as a page and as a PDF read back
 * with PDFBox, in English and French, on the engine of the active profile.
 */
@Import(SettableClock.Configuration.class)
@SpringBootTest
@AutoConfigureMockMvc
class BriefIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DocumentArchive documents;

	@BeforeEach
	void fixture(@Autowired SettableClock clock) {
		// the day the fixture's figures are written for: its last engagement (2023) lies
		// within the five years, Kushiro's (2015) does not
		clock.setDay(LocalDate.of(2026, 12, 7));
		ContinuityFixtures.burnabyAndItsPartners(this.context);
		SystemCurator.call(() -> {
			document("Sister city agreement, signed text", DocumentVisibility.PUBLIC);
			document("Briefing note for council", DocumentVisibility.INTERNAL);
			return null;
		});
	}

	@Test
	void thePageGathersTheRelationshipsTheirRecentEngagementsAndWhatIsOnFile() throws Exception {
		// when
		String page = page("/governments/CA-BC-burnaby/brief");
		// then
		assertThat(page).contains("Handover brief", "Burnaby", "British Columbia", "Hwaseong", "화성시", "Kushiro", "釧路市",
				"R-2010-117", "Youth homestay exchange", "Active", "Dormant",
				"superseded by the agreement signed 2010-07-20", "Sister city agreement, signed text",
				"Curator, all countries", "/api/v1/governments/CA-BC-burnaby/brief.pdf");
		// engagements before the five years of the window (2012, 2019 as of the clock's
		// 2026-12-07) are
		// left out
		assertThat(page).doesNotContain("Burnaby choir in Hwaseong", "Briefing note for council");
	}

	@Test
	void thePageIsInFrenchForAFrenchReader() throws Exception {
		String page = page("/governments/CA-BC-burnaby/brief?lang=fr");
		assertThat(page).contains("Dossier de passation", "Relations en cours", "En sommeil", "화성시");
	}

	@Test
	void thePdfPrintsTheNamesKoreanAndJapaneseIncludedWithItsFontsEmbedded() throws Exception {
		// when
		byte[] pdf = this.mvc.perform(get("/api/v1/governments/CA-BC-burnaby/brief.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", "inline; filename=\"brief-CA-BC-burnaby.pdf\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// then
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("HANDOVER BRIEF", "Burnaby", "Hwaseong", "화성시", "Kushiro", "釧路市", "R-2010-117",
					"Youth homestay exchange", "Dormant", "Sister city agreement, signed text");
			assertThat(text).doesNotContain("Briefing note for council");
			assertThat(fonts(document)).isNotEmpty()
				.allMatch(PDFont::isEmbedded)
				.anyMatch(f -> f.getName().contains("NotoSans"))
				.anyMatch(f -> f.getName().contains("DroidSansFallback"));
		}
	}

	@Test
	void thePdfIsInFrenchForAFrenchReader() throws Exception {
		byte[] pdf = this.mvc.perform(get("/api/v1/governments/CA-BC-burnaby/brief.pdf").param("lang", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("DOSSIER DE PASSATION", "Échanges des cinq",
					"Dernier échange substantiel : 2015.", "화성시");
		}
	}

	@Test
	void thePageAndThePdfTellThePartnersSought(@Autowired SeekingList seeking) throws Exception {
		// given: Burnaby seeks economic partners in Korea
		String before = page("/governments/CA-BC-burnaby/brief");
		SystemCurator.call(() -> seeking.create(new PartnerRequestValues(new GovernmentId("CA-BC-burnaby"),
				List.of("KR"), List.of(Category.ECONOMY), PartnerSize.ANY, GovernmentLevel.LOCAL,
				new Statement("Smart-city partners for our technology park.", null, null, null), null,
				LocalDate.of(2027, 6, 30))));
		// when
		String page = page("/governments/CA-BC-burnaby/brief");
		byte[] pdf = this.mvc.perform(get("/api/v1/governments/CA-BC-burnaby/brief.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// then
		assertThat(before).contains("Partners sought", "No request for partners on the seeking list.");
		assertThat(page).contains("Partners sought", "Smart-city partners for our technology park.", "2027-06-30")
			.doesNotContain("No request for partners on the seeking list.");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document))
				.contains("Smart-city partners for our technology park.");
		}
	}

	@Test
	void anUnknownGovernmentHasNoBrief() throws Exception {
		this.mvc.perform(get("/governments/nowhere/brief")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/governments/nowhere/brief.pdf"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void document(String title, DocumentVisibility visibility) {
		this.documents.add(
				new NewDocument(AgreementRegistry.ref(ContinuityFixtures.BURNABY_HWASEONG), title,
						DocumentKind.SIGNED_TEXT, "ko", visibility, "agreement.pdf"),
				10, new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private static List<PDFont> fonts(PDDocument document) throws java.io.IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

}
