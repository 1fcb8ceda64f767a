package org.twinningregistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;

/**
 * The registry's REST API end to end, on the engine of the active profile (H2 or
 * PostgreSQL).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyRegistry() {
		RegistryDatabase.clear(this.jdbc);
	}

	private ResultActions postJson(String path, String json) throws Exception {
		return this.mvc.perform(post(path).with(curator()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private void government(String id, String name, String local, String country, String subdivision) throws Exception {
		String localJson = (local != null) ? "\"" + local + "\"" : "null";
		postJson("/api/v1/governments", """
				{"id":"%s","name":"%s","nameLocal":%s,"country":"%s","subdivision":"%s","level":"LOCAL"}
				""".formatted(id, name, localJson, country, subdivision)).andExpect(status().isCreated());
	}

	private void agreement(String id, String a, String b, String signed) throws Exception {
		postJson("/api/v1/agreements", """
				{"id":"%s","partyA":"%s","partyB":"%s","type":"SISTER","signed":"%s"}
				""".formatted(id, a, b, signed)).andExpect(status().isCreated());
	}

	private void canadaKoreaJapan() throws Exception {
		government("burnaby", "Burnaby", null, "CA", "CA-BC");
		government("montreal", "Montréal", null, "CA", "CA-QC");
		government("hwaseong", "Hwaseong", "화성시", "KR", "KR-41");
		government("busan", "Busan", "부산광역시", "KR", "KR-26");
		government("kushiro", "Kushiro", "釧路市", "JP", "JP-01");
		agreement("burnaby-hwaseong", "burnaby", "hwaseong", "2010-07");
		agreement("busan-montreal", "busan", "montreal", "2000");
		agreement("burnaby-kushiro", "burnaby", "kushiro", "1965");
	}

	@Test
	void createsAndReadsAGovernmentWithItsNamesExactly() throws Exception {
		// when
		postJson("/api/v1/governments", """
				{"name":"L'Assomption","nameFr":"L’Assomption","nameLocal":"라소մ 시","country":"ca",
				 "subdivision":"CA-QC","level":"LOCAL","latitude":45.83,"longitude":-73.42,"wikidata":"Q1947"}
				""").andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/governments/CA-QC-l-assomption"));

		// then
		this.mvc.perform(get("/api/v1/governments/CA-QC-l-assomption").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("L'Assomption"))
			.andExpect(jsonPath("$.nameFr").value("L’Assomption"))
			.andExpect(jsonPath("$.nameLocal").value("라소մ 시"))
			.andExpect(jsonPath("$.countryName").value("Canada"))
			.andExpect(jsonPath("$.subdivisionName").value("Québec"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void listsComeInPagesOfTheConfiguredDefaultSizeSortedByDefault() throws Exception {
		// given
		canadaKoreaJapan();

		// when / then: spring.data.web.pageable.default-page-size, unless asked otherwise
		for (String list : new String[] { "/api/v1/governments", "/api/v1/agreements", "/api/v1/engagements" }) {
			this.mvc.perform(get(list)).andExpect(status().isOk()).andExpect(jsonPath("$.page.size").value(20));
			this.mvc.perform(get(list).param("size", "5")).andExpect(jsonPath("$.page.size").value(5));
		}
		this.mvc.perform(get("/api/v1/agreements").param("country", "CA"))
			.andExpect(jsonPath("$.content[*].signed", contains("1965", "2000", "2010-07")));
	}

	@Test
	void listsTheCanadaKoreaAgreementsWithTheCountryFilters() throws Exception {
		// given
		canadaKoreaJapan();

		// when / then
		this.mvc.perform(get("/api/v1/agreements").param("country", "CA").param("partnerCountry", "KR"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder("burnaby-hwaseong", "busan-montreal")))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		this.mvc.perform(get("/api/v1/agreements").param("country", "KR").param("partnerCountry", "CA"))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		this.mvc.perform(get("/api/v1/agreements").param("country", "CA"))
			.andExpect(jsonPath("$.page.totalElements").value(3));
		this.mvc.perform(get("/api/v1/agreements").param("government", "burnaby").param("fromYear", "2000"))
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder("burnaby-hwaseong")));
	}

	@Test
	void searchesNamesIgnoringCaseAndAccentsInEveryScript() throws Exception {
		// given
		canadaKoreaJapan();

		// then
		this.mvc.perform(get("/api/v1/governments").param("q", "MONTREAL"))
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder("montreal")));
		this.mvc.perform(get("/api/v1/governments").param("q", "화성"))
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder("hwaseong")));
		this.mvc.perform(get("/api/v1/governments").param("country", "KR").param("sort", "name,desc"))
			.andExpect(jsonPath("$.content[0].id").value("hwaseong"));
		this.mvc.perform(get("/api/v1/agreements").param("q", "montréal"))
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder("busan-montreal")));
	}

	@Test
	void refusesAnUnauthenticatedWriteWith401() throws Exception {
		// when / then
		this.mvc
			.perform(post("/api/v1/governments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"X\",\"country\":\"CA\",\"subdivision\":\"CA-BC\",\"level\":\"LOCAL\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		this.mvc
			.perform(delete("/api/v1/governments/x").param("version", "0")
				.with(httpBasic(ApiTestSupport.CURATOR, "wrong password")))
			.andExpect(status().isUnauthorized());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM government").query(Long.class).single()).isZero();
	}

	@Test
	void reportsEachInvalidFieldOnce() throws Exception {
		// when / then
		postJson("/api/v1/governments", """
				{"name":"","country":"CAN","subdivision":"CA-BC","level":"LOCAL","population":-5}
				""").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "country", "population")));
		postJson("/api/v1/governments", """
				{"name":"Nowhere","country":"XX","subdivision":"CA-BC","level":"LOCAL"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("error.rule-violation"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("country")))
			.andExpect(jsonPath("$.errors[0].message").value("'XX' is not an ISO 3166-1 alpha-2 country code."));
		postJson("/api/v1/governments", """
				{"name":"Nowhere","country":"CA","subdivision":"CA-BC","level":"TOWN"}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	void enforcesAgreementInvariantsWithClearMessages() throws Exception {
		// given
		canadaKoreaJapan();

		// when / then
		postJson("/api/v1/agreements", """
				{"partyA":"burnaby","partyB":"burnaby","type":"SISTER","signed":"2010"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("partyB"))
			.andExpect(jsonPath("$.errors[0].message").value("The two parties must be different governments."));
		postJson("/api/v1/agreements", """
				{"partyA":"burnaby","partyB":"busan","type":"SISTER","signed":"2010","status":"ENDED"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("ended")));
		postJson("/api/v1/agreements", """
				{"partyA":"burnaby","partyB":"busan","type":"SISTER","signed":"2010-02-30"}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("signed"));
		postJson("/api/v1/agreements", """
				{"partyA":"burnaby","partyB":"kushiro","type":"SISTER","signed":"2010","supersedes":"busan-montreal"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("supersedes"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void refusesDatesOutsideTheRegistrysRangeOnEveryWayIn() throws Exception {
		// given
		canadaKoreaJapan();

		// when / then: a signing year of 9999, an engagement in 9999, and the same in an
		// import
		postJson("/api/v1/agreements", """
				{"id":"burnaby-busan","partyA":"burnaby","partyB":"busan","type":"SISTER","signed":"9999"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("signed"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.date.too-late"));
		postJson("/api/v1/engagements", """
				{"agreement":"burnaby-hwaseong","year":9999,"category":"YOUTH","origin":"BOTH","title":"Visit"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.range"));
		this.mvc
			.perform(post("/api/v1/imports").with(curator())
				.contentType("application/zip")
				.content(org.twinningregistry.importexport.DataPackageFixtures.zip(java.util.Map.of("agreements.csv",
						"id,party_a,party_b,type,signed\nburnaby-busan,burnaby,busan,SISTER,1850-05\n"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("signed"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.date.too-early"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single()).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM engagement").query(Long.class).single()).isZero();
	}

	@Test
	void refusesAStaleUpdateWith409AndKeepsTheFirstChange() throws Exception {
		// given
		canadaKoreaJapan();
		String update = """
				{"partyA":"burnaby","partyB":"hwaseong","type":"SISTER","signed":"2010-07-15","notes":"%s","version":0}
				""";
		this.mvc
			.perform(put("/api/v1/agreements/burnaby-hwaseong").with(curator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(update.formatted("first")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));

		// when / then
		this.mvc
			.perform(put("/api/v1/agreements/burnaby-hwaseong").with(curator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(update.formatted("second")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.stale-version"));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong"))
			.andExpect(jsonPath("$.notes").value("first"))
			.andExpect(jsonPath("$.signed").value("2010-07-15"));
	}

	@Test
	void updateWithoutVersionIsRejected() throws Exception {
		// given
		canadaKoreaJapan();

		// when / then
		this.mvc
			.perform(put("/api/v1/governments/burnaby").with(curator())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Burnaby\",\"country\":\"CA\",\"subdivision\":\"CA-BC\",\"level\":\"LOCAL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void aDeleteMustNameTheVersionItIsBasedOn() throws Exception {
		// given an engagement changed once (version 1) and a new government (version 0)
		canadaKoreaJapan();
		government("jinju", "Jinju", "진주시", "KR", "KR-48");
		postJson("/api/v1/engagements", """
				{"id":"e1","agreement":"burnaby-hwaseong","year":2015,"category":"YOUTH","origin":"hwaseong",
				 "form":"PROGRAM","title":"Youth delegation"}
				""").andExpect(status().isCreated());
		this.mvc
			.perform(put("/api/v1/engagements/e1").with(curator()).contentType(MediaType.APPLICATION_JSON).content("""
					{"agreement":"burnaby-hwaseong","year":2015,"category":"YOUTH","origin":"hwaseong",
					 "form":"PROGRAM","title":"Youth delegation to Hwaseong","version":0}
					"""))
			.andExpect(status().isOk());

		// when / then: no version at all is refused on every delete, and nothing goes
		for (String path : List.of("/api/v1/engagements/e1", "/api/v1/agreements/burnaby-hwaseong",
				"/api/v1/governments/jinju")) {
			this.mvc.perform(delete(path).with(curator()))
				.andExpect(status().isPreconditionRequired())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("error.version-required"));
		}
		this.mvc.perform(delete("/api/v1/engagements/e1").with(curator()).header("Accept-Language", "fr"))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers
				.containsString("version de l'enregistrement elle se fonde : ajoutez le paramètre version")));
		// a stale version: 409 as a parameter, 412 as If-Match
		this.mvc.perform(delete("/api/v1/engagements/e1").with(curator()).param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.stale-version"));
		this.mvc.perform(delete("/api/v1/engagements/e1").with(curator()).header("If-Match", "\"0\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("error.stale-version"));
		// an If-Match that holds no version, or disagrees with the parameter: 400
		this.mvc.perform(delete("/api/v1/engagements/e1").with(curator()).header("If-Match", "*"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("rule.version.if-match"));
		this.mvc
			.perform(delete("/api/v1/engagements/e1").with(curator()).param("version", "0").header("If-Match", "\"1\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("rule.version.if-match-differs"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM engagement").query(Long.class).single()).isOne();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM government").query(Long.class).single()).isEqualTo(6);

		// the current version, either way, deletes
		this.mvc.perform(delete("/api/v1/engagements/e1").with(curator()).header("If-Match", "W/\"1\""))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/governments/jinju").with(curator()).param("version", "0"))
			.andExpect(status().isNoContent());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM engagement").query(Long.class).single()).isZero();
	}

	@Test
	void refusesToDeleteWhatOtherRecordsDependOn() throws Exception {
		// given
		canadaKoreaJapan();
		postJson("/api/v1/engagements", """
				{"id":"e1","agreement":"burnaby-hwaseong","year":2015,"category":"YOUTH","origin":"hwaseong",
				 "form":"PROGRAM","title":"Youth delegation"}
				""").andExpect(status().isCreated());

		// when / then
		this.mvc.perform(delete("/api/v1/governments/hwaseong").with(curator()).param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.government.in-use"));
		this.mvc.perform(delete("/api/v1/agreements/burnaby-hwaseong").with(curator()).param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1 engagements")));
		this.mvc.perform(delete("/api/v1/engagements/e1").with(curator()).param("version", "0"))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/agreements/burnaby-hwaseong").with(curator()).param("version", "0"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong")).andExpect(status().isNotFound());
	}

	@Test
	void recordsEngagementsWhoseOriginIsAParty() throws Exception {
		// given
		canadaKoreaJapan();

		// when / then
		postJson("/api/v1/engagements", """
				{"agreement":"burnaby-hwaseong","year":2016,"category":"CULTURE","origin":"kushiro","title":"Festival"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("origin"));
		postJson("/api/v1/engagements", """
				{"id":"e2","agreement":"burnaby-hwaseong","year":2016,"date":"2016-09","category":"CULTURE",
				 "origin":"BOTH","form":"CORRESPONDENCE","cost":1200.5,"currency":"cad","title":"Festival greetings"}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.currency").value("CAD"))
			.andExpect(jsonPath("$.substantive").value(false));
		this.mvc.perform(get("/api/v1/engagements").param("country", "KR").param("category", "CULTURE"))
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder("e2")));
		this.mvc.perform(get("/api/v1/engagements").param("government", "kushiro"))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void rejectsUnknownFilterValuesAndSorts() throws Exception {
		// then
		this.mvc.perform(get("/api/v1/agreements").param("type", "TWIN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		this.mvc.perform(get("/api/v1/governments").param("sort", "passwordHash"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		this.mvc.perform(get("/api/v1/governments/nobody"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.not-found"));
	}

	@Test
	void describesItselfWithOpenApi() throws Exception {
		// then
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/agreements']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/governments/{id}']").exists());
	}

	@Test
	void twoConcurrentEditsOfTheSameVersionLetExactlyOneWin() throws Exception {
		// given
		canadaKoreaJapan();
		String update = """
				{"partyA":"burnaby","partyB":"hwaseong","type":"SISTER","signed":"2010-07","notes":"%s","version":0}
				""";
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (String notes : List.of("edit A", "edit B")) {
			answers.add(pool.submit(() -> {
				start.await();
				return this.mvc
					.perform(put("/api/v1/agreements/burnaby-hwaseong").with(curator())
						.contentType(MediaType.APPLICATION_JSON)
						.content(update.formatted(notes)))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}

		// when
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();

		// then
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		String winner = (statuses.get(0) == 200) ? "edit A" : "edit B";
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong"))
			.andExpect(jsonPath("$.notes").value(winner))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void renamingAGovernmentRefreshesTheAgreementsThatNameIt() throws Exception {
		// given
		canadaKoreaJapan();

		// when
		this.mvc.perform(
				put("/api/v1/governments/hwaseong").with(curator()).contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"Hwaseong Special City","nameLocal":"화성특례시","country":"KR","subdivision":"KR-41",
						 "level":"LOCAL","version":0}
						"""))
			.andExpect(status().isOk());

		// then
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/api/v1/agreements").param("q", "특례시"))
				.andExpect(jsonPath("$.content[0].id").value("burnaby-hwaseong"))
				.andExpect(jsonPath("$.content[0].partyB.name").value("Hwaseong Special City")));
	}

}
