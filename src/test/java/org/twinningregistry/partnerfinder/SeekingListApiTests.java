package org.twinningregistry.partnerfinder;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.reporting.SettableClock;
import org.twinningregistry.strategy.StrategyFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.strategy.StrategyFixtures.curatorOf;
import static org.twinningregistry.strategy.StrategyFixtures.reporterOf;
import static org.twinningregistry.strategy.StrategyFixtures.reviewerOf;

/**
 * The seeking list over the API, on the engine of the active profile: a curator publishes
 * at once, a reporter's request is a draft a reviewer approves; the list's filters;
 * expired requests leave the list but are still read; bad requests are refused field by
 * field and store nothing; a stale {@code If-Match} is refused with 412.
 */
@SpringBootTest
@Import(SettableClock.Configuration.class)
@AutoConfigureMockMvc
class SeekingListApiTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static final String BURNABY_SEEKS_KOREA = """
			{"government":"CA-BC-burnaby","seekingCountries":["KR"],"purposes":["ECONOMY","EDUCATION"],
			 "partnerSize":{"min":100000,"max":1000000},"level":"LOCAL",
			 "description":{"en":"Smart-city and trade partners","fr":"Partenaires en ville intelligente"},
			 "office":{"name":"International Relations Office","email":"intl@burnaby.example",
			 "url":"https://burnaby.example/intl"},"expires":"2026-12-31"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SettableClock clock;

	@Autowired
	SeekingList list;

	@BeforeEach
	void fixture(@Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements) {
		StrategyFixtures.build(this.jdbc, gazetteer, agreements);
		this.clock.setDay(TODAY);
	}

	@Test
	void aCuratorOfTheCountryPublishesAtOnce() throws Exception {
		// when
		send(post("/api/v1/partner-requests"), curatorOf("CA"), BURNABY_SEEKS_KOREA).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/partner-requests/PR-CA-BC-burnaby-1"))
			.andExpect(jsonPath("$.id").value("PR-CA-BC-burnaby-1"))
			.andExpect(jsonPath("$.workflowState").value(nullValue()))
			.andExpect(jsonPath("$.modified").value(TODAY.toString()));
		// then: public, whole, with its tag
		this.mvc.perform(get("/api/v1/partner-requests/PR-CA-BC-burnaby-1"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.government").value("CA-BC-burnaby"))
			.andExpect(jsonPath("$.seekingCountries", contains("KR")))
			.andExpect(jsonPath("$.purposes", contains("ECONOMY", "EDUCATION")))
			.andExpect(jsonPath("$.partnerSize.min").value(100000))
			.andExpect(jsonPath("$.partnerSize.max").value(1000000))
			.andExpect(jsonPath("$.level").value("LOCAL"))
			.andExpect(jsonPath("$.description.fr").value("Partenaires en ville intelligente"))
			.andExpect(jsonPath("$.office.email").value("intl@burnaby.example"))
			.andExpect(jsonPath("$.expires").value("2026-12-31"))
			.andExpect(jsonPath("$.expired").value(false));
		this.mvc.perform(get("/api/v1/partner-requests"))
			.andExpect(jsonPath("$.content[*].id", contains("PR-CA-BC-burnaby-1")));
		// and a second request of the same government gets the next number
		send(post("/api/v1/partner-requests"), curatorOf("CA"), BURNABY_SEEKS_KOREA).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("PR-CA-BC-burnaby-2"));
		assertThat(this.list.activeRequests(StrategyFixtures.BURNABY)).hasSize(2);
		// a curator elsewhere, a reporter of another government may not
		send(post("/api/v1/partner-requests"), curatorOf("KR"), BURNABY_SEEKS_KOREA).andExpect(status().isForbidden());
		send(post("/api/v1/partner-requests"), reporterOf(StrategyFixtures.TORONTO), BURNABY_SEEKS_KOREA)
			.andExpect(status().isForbidden());
	}

	@Test
	void aReportersRequestIsADraftUntilAReviewerApprovesIt() throws Exception {
		// when
		send(post("/api/v1/partner-requests"), reporterOf(StrategyFixtures.BURNABY), BURNABY_SEEKS_KOREA)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.workflowState").value("DRAFT"))
			.andExpect(jsonPath("$.modified").value(nullValue()));
		// then the public sees nothing of it
		this.mvc.perform(get("/api/v1/partner-requests/PR-CA-BC-burnaby-1")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/partner-requests")).andExpect(jsonPath("$.content", hasSize(0)));
		assertThat(this.list.activeRequests(StrategyFixtures.BURNABY)).isEmpty();
		// when submitted and approved by British Columbia's reviewer (not Ontario's)
		this.mvc
			.perform(post("/api/v1/partner-requests/PR-CA-BC-burnaby-1/submit")
				.with(reporterOf(StrategyFixtures.BURNABY)))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/partner-requests/PR-CA-BC-burnaby-1/approve").with(reviewerOf("CA-ON")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/partner-requests/PR-CA-BC-burnaby-1/approve").with(reviewerOf("CA-BC")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workflowState").value(nullValue()))
			.andExpect(jsonPath("$.modified").value(TODAY.toString()));
		// then it is published and listed
		this.mvc.perform(get("/api/v1/partner-requests?country=CA"))
			.andExpect(jsonPath("$.content[*].id", contains("PR-CA-BC-burnaby-1")));
		assertThat(this.list.activeRequests(StrategyFixtures.BURNABY)).extracting(r -> r.id().value())
			.containsExactly("PR-CA-BC-burnaby-1");
		this.mvc.perform(get("/api/v1/partner-requests/PR-CA-BC-burnaby-1/history"))
			.andExpect(jsonPath("$[*].action", hasItem("APPROVED")));
	}

	@Test
	void filtersByCountrySoughtCountryAndPurpose() throws Exception {
		// given: Burnaby seeks Korean partners for the economy, Hwaseong partners
		// anywhere
		// for culture and youth, Toronto Japanese ones for the economy
		send(post("/api/v1/partner-requests"), curatorOf("CA"), BURNABY_SEEKS_KOREA).andExpect(status().isCreated());
		send(post("/api/v1/partner-requests"), curatorOf("KR"), """
				{"government":"KR-41-hwaseong","purposes":["CULTURE","YOUTH"],"expires":"2026-06-30"}
				""").andExpect(status().isCreated());
		send(post("/api/v1/partner-requests"), curatorOf("CA"), """
				{"government":"CA-ON-toronto","seekingCountries":["JP"],"purposes":["ECONOMY"],"expires":"2027-01-31"}
				""").andExpect(status().isCreated());
		// when / then
		ids("?country=CA", "PR-CA-BC-burnaby-1", "PR-CA-ON-toronto-1");
		ids("?country=kr", "PR-KR-41-hwaseong-1");
		ids("?seekingCountry=KR", "PR-CA-BC-burnaby-1", "PR-KR-41-hwaseong-1");
		ids("?seekingCountry=FR", "PR-KR-41-hwaseong-1");
		ids("?purpose=ECONOMY", "PR-CA-BC-burnaby-1", "PR-CA-ON-toronto-1");
		ids("?country=CA&seekingCountry=JP&purpose=ECONOMY", "PR-CA-ON-toronto-1");
		ids("?purpose=SPORTS");
		this.mvc.perform(get("/api/v1/partner-requests?sort=expires"))
			.andExpect(jsonPath("$.content[*].id",
					contains("PR-KR-41-hwaseong-1", "PR-CA-BC-burnaby-1", "PR-CA-ON-toronto-1")));
		// unknown values are refused, naming the parameter
		for (String bad : new String[] { "country=Canada", "seekingCountry=ZZ", "purpose=TRADE", "sort=name" }) {
			this.mvc.perform(get("/api/v1/partner-requests?" + bad))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad.substring(0, bad.indexOf('='))));
		}
	}

	@Test
	void anExpiredRequestLeavesTheListButIsStillRead() throws Exception {
		// given
		send(post("/api/v1/partner-requests"), curatorOf("KR"), """
				{"government":"KR-41-hwaseong","purposes":["CULTURE"],"expires":"2026-03-10"}
				""").andExpect(status().isCreated());
		// when its last day comes, it is still listed
		this.clock.setDay(LocalDate.of(2026, 3, 10));
		ids("", "PR-KR-41-hwaseong-1");
		// when the day after comes
		this.clock.setDay(LocalDate.of(2026, 3, 11));
		// then it is off the list, but answered as expired
		ids("");
		assertThat(this.list.activeRequests(StrategyFixtures.HWASEONG)).isEmpty();
		this.mvc.perform(get("/api/v1/partner-requests/PR-KR-41-hwaseong-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expired").value(true));
		// and it cannot be written again with that expiry
		send(put("/api/v1/partner-requests/PR-KR-41-hwaseong-1"), curatorOf("KR"), """
				{"government":"KR-41-hwaseong","purposes":["CULTURE"],"expires":"2026-03-10","version":0}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("expires"));
	}

	@Test
	void refusesBadRequestsFieldByFieldAndStoresNothing() throws Exception {
		// malformed: 400
		refused(400, "purposes", """
				{"government":"CA-BC-burnaby","purposes":[],"expires":"2026-12-31"}""");
		refused(400, "partnerSize.min",
				"""
						{"government":"CA-BC-burnaby","purposes":["ECONOMY"],"partnerSize":{"min":-5},"expires":"2026-12-31"}""");
		refused(400, "expires", """
				{"government":"CA-BC-burnaby","purposes":["ECONOMY"]}""");
		refused(400, "seekingCountries[0]",
				"""
						{"government":"CA-BC-burnaby","seekingCountries":["Korea"],"purposes":["ECONOMY"],"expires":"2026-12-31"}""");
		// breaking a rule: 422
		refused(422, "partnerSize.max", """
				{"government":"CA-BC-burnaby","purposes":["ECONOMY"],"partnerSize":{"min":500,"max":100},
				 "expires":"2026-12-31"}""");
		refused(422, "expires", """
				{"government":"CA-BC-burnaby","purposes":["ECONOMY"],"expires":"2026-03-02"}""");
		refused(422, "seekingCountries",
				"""
						{"government":"CA-BC-burnaby","seekingCountries":["ZZ"],"purposes":["ECONOMY"],"expires":"2026-12-31"}""");
		refused(422, "level", """
				{"government":"CA-BC-burnaby","purposes":["ECONOMY"],"level":"NATIONAL","expires":"2026-12-31"}""");
		refused(422, "office.email", """
				{"government":"CA-BC-burnaby","purposes":["ECONOMY"],"office":{"name":"IRO","email":"nobody"},
				 "expires":"2026-12-31"}""");
		refused(422, "purposes", """
				{"government":"CA-BC-burnaby","purposes":["ECONOMY","ECONOMY"],"expires":"2026-12-31"}""");
		// an unknown government
		send(post("/api/v1/partner-requests"), curatorOf("CA"), """
				{"government":"CA-BC-nowhere","purposes":["ECONOMY"],"expires":"2026-12-31"}""")
			.andExpect(status().isNotFound());
		assertThat(stored()).isZero();
	}

	@Test
	void aStaleIfMatchIsRefusedWith412AndACuratorDeletes() throws Exception {
		// given
		send(post("/api/v1/partner-requests"), curatorOf("CA"), BURNABY_SEEKS_KOREA).andExpect(status().isCreated());
		String path = "/api/v1/partner-requests/PR-CA-BC-burnaby-1";
		String changed = BURNABY_SEEKS_KOREA.replace("\"LOCAL\"", "\"REGIONAL\"");
		// when changed with the tag read
		send(put(path).header(HttpHeaders.IF_MATCH, "\"0\""), curatorOf("CA"), changed).andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("REGIONAL"))
			.andExpect(jsonPath("$.version").value(1));
		// then the same tag is stale
		send(put(path).header(HttpHeaders.IF_MATCH, "\"0\""), curatorOf("CA"), BURNABY_SEEKS_KOREA)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("error.stale-version"));
		this.mvc.perform(get(path)).andExpect(jsonPath("$.level").value("REGIONAL"));
		// a request stays its government's
		send(put(path).header(HttpHeaders.IF_MATCH, "\"1\""), curatorOf("CA"),
				changed.replace("CA-BC-burnaby", "CA-BC-vancouver"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("government"));
		// only a curator deletes, naming the version
		this.mvc.perform(delete(path).param("version", "1").with(reporterOf(StrategyFixtures.BURNABY)))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(path).header(HttpHeaders.IF_MATCH, "\"0\"").with(curatorOf("CA")))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(delete(path).header(HttpHeaders.IF_MATCH, "\"1\"").with(curatorOf("CA")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		// a government holding a request is not deleted
		send(post("/api/v1/partner-requests"), reporterOf(StrategyFixtures.TORONTO), """
				{"government":"CA-ON-toronto","purposes":["SPORTS"],"expires":"2026-12-31"}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.workflowState").value("DRAFT"));
		this.mvc.perform(delete("/api/v1/governments/CA-ON-toronto").param("version", "0").with(curatorOf("CA")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.government.in-use"));
		// and the next request does not take the deleted one's id
		send(post("/api/v1/partner-requests"), curatorOf("CA"), BURNABY_SEEKS_KOREA).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("PR-CA-BC-burnaby-2"));
	}

	private void refused(int status, String field, String body) throws Exception {
		send(post("/api/v1/partner-requests"), curatorOf("CA"), body).andExpect(status().is(status))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	private long stored() {
		return this.jdbc.sql("SELECT COUNT(*) FROM partner_request").query(Long.class).single()
				+ this.jdbc.sql("SELECT COUNT(*) FROM workflow_revision").query(Long.class).single();
	}

	private void ids(String query, String... expected) throws Exception {
		this.mvc.perform(get("/api/v1/partner-requests" + query))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder((Object[]) expected)))
			.andExpect(jsonPath("$.page.totalElements").value(expected.length));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
			throws Exception {
		return this.mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
