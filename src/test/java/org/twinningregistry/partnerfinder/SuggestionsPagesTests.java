package org.twinningregistry.partnerfinder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.StrategyBook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.strategy.StrategyFixtures.reporterOf;

/**
 * "Find partners": a government's suggestions on its own page, with the country and
 * purpose filters and every reason in words and points, in English and French; the link
 * from the government's page; a draft agreement offered to those who may report for it,
 * whose form comes with both parties filled in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuggestionsPagesTests {

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements,
			@Autowired StrategyBook strategies, @Autowired EngagementLog engagements) {
		// Suwon seeks economic partners in Canada; Beta names the economy too, Gamma
		// seeks Korean partners for culture; Alpha is already Suwon's partner
		new PartnerFinderFixtures(jdbc, gazetteer, agreements, strategies, engagements).empty()
			.government("KR-national", "Korea", "KR", GovernmentLevel.NATIONAL, 51_000_000L)
			.local("suwon", "KR-41", 1_200_000L)
			.local("alpha", "CA-BC", null)
			.local("beta", "CA-ON", null)
			.local("gamma", "CA-QC", null)
			.tie("suwon", "alpha")
			.strategy("suwon", Category.ECONOMY)
			.request("suwon", "CA", Category.ECONOMY)
			.strategy("beta", Category.ECONOMY)
			.request("gamma", "KR", Category.CULTURE);
	}

	@Test
	void showsTheSuggestionsWithTheirReasonsInEnglishAndFrench() throws Exception {
		// when
		String english = page(get("/governments/suwon/partners").param("country", "CA"));
		// then: Beta (a shared purpose, sought by Suwon's request) with both reasons,
		// never Alpha (a current partner) nor Suwon itself
		assertThat(english).contains("Find partners for Suwon", "Shared purposes", "Seeking each other",
				"Shares 1 purpose(s) with you: Economy.",
				"Your request for partners seeks its country (CA) for Economy, which it names too.",
				"href=\"/governments/beta\"");
		// and before every place alike only in size or province (not yet in the registry)
		assertThat(english.indexOf("href=\"/governments/beta\"")).isPositive()
			.isLessThan(english.indexOf("Not yet in the registry"));
		assertThat(english).doesNotContain("href=\"/governments/alpha\"")
			.doesNotContain("Draft an agreement with this partner");
		// when filtered by a purpose only Gamma names
		String culture = page(get("/governments/suwon/partners").param("country", "CA").param("purpose", "CULTURE"));
		assertThat(culture).contains("href=\"/governments/gamma\"").doesNotContain("href=\"/governments/beta\"");
		// and in French
		String french = page(get("/governments/suwon/partners").param("country", "CA").param("lang", "fr"));
		assertThat(french).contains("Trouver des partenaires pour Suwon", "Buts communs", "Pays du partenaire",
				"href=\"/governments/beta\"");
	}

	@Test
	void theGovernmentsPageLinksToItAndAReporterMayDraftAnAgreementFromASuggestion() throws Exception {
		// the government's page links to its suggestions
		assertThat(page(get("/governments/suwon"))).contains("href=\"/governments/suwon/partners\"", "Find partners");
		// a reporter of Suwon is offered a draft agreement with each suggestion
		String reporters = page(
				get("/governments/suwon/partners").param("country", "CA").with(reporterOf(new GovernmentId("suwon"))));
		assertThat(reporters).contains("Draft an agreement with this partner",
				"href=\"/agreements/new?party=suwon&amp;partner=beta\"");
		// whose form comes with both parties filled in
		String form = page(get("/agreements/new").param("party", "suwon")
			.param("partner", "beta")
			.with(reporterOf(new GovernmentId("suwon"))));
		assertThat(form)
			.containsPattern(
					"<input[^>]*name=\"partyA\"[^>]*value=\"suwon\"|<input[^>]*value=\"suwon\"[^>]*name=\"partyA\"")
			.containsPattern(
					"<input[^>]*name=\"partyB\"[^>]*value=\"beta\"|<input[^>]*value=\"beta\"[^>]*name=\"partyB\"");
	}

	@Test
	void anUnknownGovernmentIsNotFound() throws Exception {
		this.mvc.perform(get("/governments/nowhere/partners")).andExpect(status().isNotFound());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
