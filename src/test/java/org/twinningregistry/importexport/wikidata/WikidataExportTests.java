package org.twinningregistry.importexport.wikidata;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.importexport.DataPackageImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The QuickStatements export of the demo data, line by line: the seven Canada–Korea
 * agreements whose two parties carry Wikidata ids (the Canadian ones entered in the demo
 * data, the Korean ones taken from the world gazetteer), each both ways, with its signing
 * date at its precision and the first address of its source.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WikidataExportTests {

	static final List<String> DEMO = List.of(
			"Q36312\tP190\tQ20921\tP580\t+1996-00-00T00:00:00Z/9\tS854\t\"https://www.daejeon.go.kr/dre/DreContentsHtmlView.do?menuSeq=2776\"",
			"Q20921\tP190\tQ36312\tP580\t+1996-00-00T00:00:00Z/9\tS854\t\"https://www.daejeon.go.kr/dre/DreContentsHtmlView.do?menuSeq=2776\"",
			"Q2096\tP190\tQ42131\tP580\t+1998-00-00T00:00:00Z/9\tS854\t\"https://liquisearch.com/edmonton_alberta/sister_cities\"",
			"Q42131\tP190\tQ2096\tP580\t+1998-00-00T00:00:00Z/9\tS854\t\"https://liquisearch.com/edmonton_alberta/sister_cities\"",
			"Q1951\tP190\tQ41071\tP580\t+1974-00-00T00:00:00Z/9\tS854\t\"https://alberta.ca/international-partnerships.aspx\"",
			"Q41071\tP190\tQ1951\tP580\t+1974-00-00T00:00:00Z/9\tS854\t\"https://alberta.ca/international-partnerships.aspx\"",
			"Q1974\tP190\tQ20937\tP580\t+2008-05-19T00:00:00Z/11\tS854\t\"https://english.gg.go.kr/blog/daily-news/2904\"",
			"Q20937\tP190\tQ1974\tP580\t+2008-05-19T00:00:00Z/11\tS854\t\"https://english.gg.go.kr/blog/daily-news/2904\"",
			"Q2135\tP190\tQ42144\tP580\t+1992-04-01T00:00:00Z/11\tS854\t\"http://english.jinju.go.kr/sub/01_06.jsp\"",
			"Q42144\tP190\tQ2135\tP580\t+1992-04-01T00:00:00Z/11\tS854\t\"http://english.jinju.go.kr/sub/01_06.jsp\"",
			"Q340\tP190\tQ8684\tP580\t+2015-00-00T00:00:00Z/9\tS854\t\"http://www.international.gouv.qc.ca/ko/seoul/actualites/19481\"",
			"Q8684\tP190\tQ340\tP580\t+2015-00-00T00:00:00Z/9\tS854\t\"http://www.international.gouv.qc.ca/ko/seoul/actualites/19481\"",
			"Q340\tP190\tQ16520\tP580\t+2004-00-00T00:00:00Z/9\tS854\t\"http://www.international.gouv.qc.ca/ko/seoul/actualites/19481\"",
			"Q16520\tP190\tQ340\tP580\t+2004-00-00T00:00:00Z/9\tS854\t\"http://www.international.gouv.qc.ca/ko/seoul/actualites/19481\"");

	@Autowired
	private MockMvc mvc;

	@BeforeEach
	void demoData(@Autowired JdbcClient jdbc, @Autowired DataPackageImporter importer) throws Exception {
		RegistryDatabase.clear(jdbc);
		DemoPackage.load(importer);
	}

	@Test
	void exportsTheDemoAgreementsLineByLine() throws Exception {
		// when
		MvcResult result = this.mvc.perform(get("/api/v1/exports/wikidata-quickstatements.txt").param("scope", "CA"))
			.andExpect(status().isOk())
			.andExpect(header().string("Registry-Without-Items", "12"))
			.andReturn();
		// then
		assertThat(result.getResponse().getContentType()).startsWith("text/plain");
		assertThat(result.getResponse().getContentAsString().split("\n")).containsExactlyElementsOf(DEMO);
	}

	@Test
	void leavesOutWhatWikidataHasWhenGivenItsTies() throws Exception {
		// given: Wikidata has Calgary–Daejeon both ways
		byte[] csv = new ClassPathResource("wikidata/p190-ca-kr.csv").getContentAsByteArray();
		// when
		MvcResult result = this.mvc
			.perform(post("/api/v1/exports/wikidata-quickstatements.txt").param("scope", "CA-BC")
				.contentType("text/csv")
				.content(csv)
				.with(ApiTestSupport.curatorUser()))
			.andExpect(status().isOk())
			.andReturn();
		MvcResult all = this.mvc
			.perform(post("/api/v1/exports/wikidata-quickstatements.txt").contentType("text/csv")
				.content(csv)
				.with(ApiTestSupport.curatorUser()))
			.andReturn();
		// then: British Columbia's only agreement with items, then all but
		// Calgary–Daejeon
		assertThat(result.getResponse().getContentAsString().split("\n")).containsExactly(DEMO.get(6), DEMO.get(7));
		assertThat(all.getResponse().getContentAsString().split("\n"))
			.containsExactlyElementsOf(DEMO.subList(2, DEMO.size()));
	}

	@Test
	void linksTheAgreementPageToBothPartiesItems() throws Exception {
		this.mvc.perform(get("/agreements/CA-AB-calgary_KR-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"https://www.wikidata.org/wiki/Q36312\"")))
			.andExpect(content().string(containsString("href=\"https://www.wikidata.org/wiki/Q20921\"")));
	}

	@Test
	void refusesAnUnknownScope() throws Exception {
		this.mvc.perform(get("/api/v1/exports/wikidata-quickstatements.txt").param("scope", "Canada"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("scope"))
			.andExpect(jsonPath("$.errors[0].code").value("error.scope.unknown"));
	}

}
