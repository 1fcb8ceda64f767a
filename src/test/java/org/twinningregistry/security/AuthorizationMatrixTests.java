package org.twinningregistry.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentVisibility;
import org.twinningregistry.document.NewDocument;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.importexport.DataPackageFixtures;
import org.twinningregistry.importexport.XlsxFixtures;
import org.twinningregistry.partnerfinder.PartnerRequestId;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.partnerfinder.PartnerSize;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.reporting.ReportSubmission;
import org.twinningregistry.reporting.SubmitReport;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanValues;
import org.twinningregistry.strategy.PlannedActivity;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StrategyBook;
import org.twinningregistry.strategy.StrategyValues;
import org.twinningregistry.workflow.ReviewWorkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every write endpoint of the API and every form of the pages × every role × inside and
 * outside the role's jurisdiction, with the exact status each must get. The fixture, made
 * afresh for each request: Victoria (CA-BC), Toronto (CA-ON) and five Korean cities; the
 * published agreements Victoria–Seoul (with the engagement e1) and Victoria–Busan; the
 * inside reporter's drafts of Victoria–Incheon and e-draft, and submitted revisions of
 * Victoria–Gwangju and e-submitted; Victoria's annual report for 2024, submitted; a
 * public document on Victoria–Seoul, added by the system curator. "Inside" means covering
 * Victoria (reporter of Victoria, reviewer of CA-BC, curator of CA), "outside" not
 * (reporter of Toronto, reviewer of CA-ON, curator of JP).
 * {@link #everyWriteEndpointIsInTheMatrix()} fails when an endpoint is added without a
 * row here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

	/** Who calls. */
	enum Who {

		ANONYMOUS(null), REPORTER_IN(new Grant(RegistryRole.REPORTER, "victoria")),
		REPORTER_OUT(new Grant(RegistryRole.REPORTER, "toronto")),
		REVIEWER_IN(new Grant(RegistryRole.REVIEWER, "CA-BC")), REVIEWER_OUT(new Grant(RegistryRole.REVIEWER, "CA-ON")),
		CURATOR_IN(new Grant(RegistryRole.CURATOR, "CA")), CURATOR_OUT(new Grant(RegistryRole.CURATOR, "JP")),
		ADMIN(Grant.everywhere(RegistryRole.ADMIN));

		final Grant grant;

		Who(Grant grant) {
			this.grant = grant;
		}

		String username() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * A write endpoint: its mapping as Spring MVC names it, the request to send, and the
	 * status each caller must get.
	 */
	record Endpoint(String mapping, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request,
			Map<Who, Integer> expected) {

	}

	private static final String PASSWORD_HASH = "{noop}matrix-password";

	/** A partner request's expiry, after any day these tests run on. */
	private static final String EXPIRES = java.time.LocalDate.now().plusYears(1).toString();

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

	@Autowired
	private ReportSubmission reports;

	@Autowired
	private ReviewWorkflow workflow;

	@Autowired
	private StrategyBook strategies;

	@Autowired
	private PlanBook plans;

	@Autowired
	private DocumentArchive documents;

	@Autowired
	private SeekingList seeking;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private long tokenOfReporterIn;

	@BeforeEach
	void fixture() {
		RegistryDatabase.clear(this.jdbc);
		SystemCurator.call(() -> {
			for (String[] g : new String[][] { { "victoria", "CA", "CA-BC" }, { "nanaimo", "CA", "CA-BC" },
					{ "toronto", "CA", "CA-ON" }, { "seoul", "KR", "KR-11" }, { "busan", "KR", "KR-26" },
					{ "daegu", "KR", "KR-27" }, { "incheon", "KR", "KR-28" }, { "gwangju", "KR", "KR-29" } }) {
				this.gazetteer.register(new GovernmentId(g[0]), government(g[0], g[1], g[2]));
			}
			this.agreements.register(new AgreementId("victoria-seoul"), agreement("victoria", "seoul"));
			this.agreements.register(new AgreementId("victoria-busan"), agreement("victoria", "busan"));
			this.engagements.record(new EngagementId("e1"), engagement("victoria-seoul"));
			this.reports.submit(new SubmitReport(new GovernmentId("victoria"), 2024, true, null, null));
			this.strategies.put(strategy("victoria"), null);
			this.plans.propose(new PlanId("p-pub"), plan("victoria-seoul", 2024));
			this.seeking.create(partnerRequest("victoria"));
			this.documents.add(
					new NewDocument(AgreementRegistry.ref(new AgreementId("victoria-seoul")), "Signed text",
							DocumentKind.SIGNED_TEXT, null, DocumentVisibility.PUBLIC, "signed.pdf"),
					4, new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			return null;
		});
		// a reporter of Nanaimo's submitted strategy
		ApiTestSupport.as("nanaimo-reporter", new Grant(RegistryRole.REPORTER, "nanaimo"), () -> {
			this.strategies.put(strategy("nanaimo"), null);
			this.workflow.submit(StrategyBook.ref(new GovernmentId("nanaimo")));
			this.seeking.create(partnerRequest("nanaimo"));
			this.workflow.submit(SeekingList.ref(new PartnerRequestId("PR-nanaimo-1")));
		});
		// the inside reporter's drafts: new agreements (one submitted) and new
		// engagements
		ApiTestSupport.as(Who.REPORTER_IN.username(), Who.REPORTER_IN.grant, () -> {
			this.agreements.register(new AgreementId("victoria-incheon"), agreement("victoria", "incheon"));
			this.agreements.register(new AgreementId("victoria-gwangju"), agreement("victoria", "gwangju"));
			this.workflow.submit(AgreementRegistry.ref(new AgreementId("victoria-gwangju")));
			this.engagements.record(new EngagementId("e-draft"), engagement("victoria-seoul"));
			this.engagements.record(new EngagementId("e-submitted"), engagement("victoria-seoul"));
			this.workflow.submit(EngagementLog.ref(new EngagementId("e-submitted")));
			this.strategies.put(strategy("victoria"), 0L);
			this.plans.propose(new PlanId("p-draft"), plan("victoria-seoul", 2026));
			this.plans.propose(new PlanId("p-sub"), plan("victoria-seoul", 2030));
			this.workflow.submit(PlanBook.ref(new PlanId("p-sub")));
			this.seeking.create(partnerRequest("victoria"));
		});
		for (Who who : Who.values()) {
			if (who.grant != null) {
				this.jdbc
					.sql("INSERT INTO account (username, password_hash, enabled, version) VALUES (:u, :p, TRUE, 0)")
					.param("u", who.username())
					.param("p", PASSWORD_HASH)
					.update();
				long id = accountId(who);
				this.jdbc.sql("INSERT INTO account_role (account_id, role, scope) VALUES (:a, :r, :s)")
					.param("a", id)
					.param("r", who.grant.role().name())
					.param("s", who.grant.scope())
					.update();
			}
		}
		this.jdbc.sql("INSERT INTO api_token (account_id, name, token_hash, created_at) VALUES (:a, 'ci', :h, :t)")
			.param("a", accountId(Who.REPORTER_IN))
			.param("h", "0".repeat(64))
			.param("t", java.sql.Timestamp.from(java.time.Instant.now()))
			.update();
		this.tokenOfReporterIn = this.jdbc.sql("SELECT id FROM api_token").query(Long.class).single();
	}

	@TestFactory
	Stream<DynamicTest> everyWriteEndpointForEveryRoleInsideAndOutsideItsJurisdiction() {
		return forEveryCaller(endpoints(), (endpoint, who) -> {
			fixture();
			assertThat(status(endpoint, who)).as("%s as %s", endpoint.mapping(), who)
				.isEqualTo(endpoint.expected().get(who));
		});
	}

	/** A dynamic test per endpoint and caller, named by what the caller must get. */
	private static Stream<DynamicTest> forEveryCaller(List<Endpoint> endpoints, EndpointCheck check) {
		return endpoints.stream()
			.flatMap(endpoint -> Arrays.stream(Who.values())
				.map(who -> DynamicTest.dynamicTest(
						endpoint.mapping() + " as " + who + " → " + endpoint.expected().get(who),
						() -> check.run(endpoint, who))));
	}

	/** What one dynamic test of an endpoint does as one caller. */
	interface EndpointCheck {

		void run(Endpoint endpoint, Who who) throws Exception;

	}

	/** The status the endpoint answers the caller. */
	private int status(Endpoint endpoint, Who who) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().get();
		if (who.grant != null) {
			request.with(user(who.username()).authorities(who.grant));
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/**
	 * The bulk paths (a data package's CSV files, the spreadsheet template, a dry run)
	 * write through the same facades as the single-record API and must decide as it
	 * publishes: a curator of a country changes its governments, an agreement or
	 * engagement changed needs a curator of its stored parties too. A refused import
	 * writes nothing: Toronto, Victoria–Busan and e1 stay as they were.
	 */
	@TestFactory
	Stream<DynamicTest> everyImportPathForEveryRoleDecidesAsTheSingleRecordApi() {
		return forEveryCaller(imports(), (endpoint, who) -> {
			fixture();
			String before = importedRecords();
			int status = status(endpoint, who);
			assertThat(status).as("%s as %s", endpoint.mapping(), who).isEqualTo(endpoint.expected().get(who));
			if (status >= 400 || endpoint.mapping().contains("dry run")) {
				assertThat(importedRecords()).as("written by %s as %s", endpoint.mapping(), who).isEqualTo(before);
			}
		});
	}

	/** The import cases, each the bulk form of a single-record write of the matrix. */
	private static List<Endpoint> imports() {
		String governments = "id,name,name_fr,name_local,country,subdivision,level,parent,population,latitude,longitude\n";
		String osaka = "osaka,Osaka,,,JP,JP-27,LOCAL,,,,\n";
		String renamed = governments + "toronto,Toronto HACKED,,,CA,CA-ON,LOCAL,,,,\n";
		List<Endpoint> imports = new ArrayList<>();
		// PUT /api/v1/governments/{id}: a curator of the country
		imports.add(importOf("governments.csv renaming Toronto", Map.of("governments.csv", renamed), "",
				expect(403, 403, 403, 403, 200, 403, 403)));
		imports.add(importOf("governments.csv renaming Toronto, dry run", Map.of("governments.csv", renamed),
				"?dryRun=true", expect(403, 403, 403, 403, 200, 403, 403)));
		imports.add(new Endpoint("XLSX template renaming Toronto",
				() -> post("/api/v1/imports")
					.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					.content(XlsxFixtures.fromCsv(Map.of("governments.csv", renamed), false)),
				expect(403, 403, 403, 403, 200, 403, 403)));
		// a move to another country needs a curator of both
		imports.add(importOf("governments.csv moving Toronto to Japan",
				Map.of("governments.csv", governments + "toronto,toronto,,,JP,JP-13,LOCAL,,,,\n"), "",
				expect(403, 403, 403, 403, 403, 403, 403)));
		// POST /api/v1/governments: any curator adds
		imports.add(importOf("governments.csv adding Osaka", Map.of("governments.csv", governments + osaka), "",
				expect(403, 403, 403, 403, 200, 200, 403)));
		// PUT /api/v1/agreements/{id} publishes only for a curator of the old parties and
		// the new
		imports.add(importOf("agreements.csv giving Victoria–Busan to Osaka",
				Map.of("governments.csv", governments + osaka, "agreements.csv",
						"id,party_a,party_b,type,signed\nvictoria-busan,osaka,busan,SISTER,2010\n"),
				"", expect(403, 403, 403, 403, 403, 403, 403)));
		// PUT /api/v1/engagements/{id} likewise, with the agreements' parties
		imports.add(importOf("engagements.csv moving e1 to Osaka–Busan",
				Map.of("governments.csv", governments + osaka, "agreements.csv",
						"id,party_a,party_b,type,signed\nosaka-busan,osaka,busan,SISTER,2010\n", "engagements.csv",
						"id,agreement,year,category,origin,title\ne1,osaka-busan,2019,YOUTH,busan,Exchange\n"),
				"", expect(403, 403, 403, 403, 403, 403, 403)));
		return imports;
	}

	private static Endpoint importOf(String name, Map<String, String> files, String query, Map<Who, Integer> expected) {
		return new Endpoint(name, () -> post("/api/v1/imports" + query).contentType("application/zip")
			.content(DataPackageFixtures.zip(new TreeMap<>(files))), expected);
	}

	/** What the import cases may change, as text to compare. */
	private String importedRecords() {
		return String.join(" | ",
				this.jdbc.sql("SELECT id || ':' || name || ':' || country FROM government ORDER BY id")
					.query(String.class)
					.list()
					.toString(),
				this.jdbc.sql("SELECT id || ':' || party_a || ':' || party_b FROM agreement ORDER BY id")
					.query(String.class)
					.list()
					.toString(),
				this.jdbc.sql("SELECT id || ':' || agreement_id || ':' || version FROM engagement ORDER BY id")
					.query(String.class)
					.list()
					.toString());
	}

	/**
	 * The pages' forms, which call the same facades: a write done answers a redirect
	 * ({@code done}), a page shown again answers 200 ({@code shown}), a refusal 403 or
	 * 404, and nobody signed in is sent to sign in ({@code login}).
	 */
	@TestFactory
	Stream<DynamicTest> everyPageFormForEveryRoleInsideAndOutsideItsJurisdiction() {
		return pageForms().stream()
			.flatMap(form -> Arrays.stream(Who.values())
				.map(who -> DynamicTest.dynamicTest(form.mapping() + " as " + who + " → " + form.expected().get(who),
						() -> {
							fixture();
							AbstractMockHttpServletRequestBuilder<?> request = form.request().get();
							request.with(csrf());
							if (who.grant != null) {
								request.with(user(who.username()).authorities(who.grant));
							}
							MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
							assertThat(outcome(response)).as("%s as %s", form.mapping(), who)
								.isEqualTo(form.expected().get(who));
						})));
	}

	private static String outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status >= 300 && status < 400) {
			String location = String.valueOf(response.getRedirectedUrl());
			return location.endsWith("/login") ? "login" : "done";
		}
		return (status == 200) ? "shown" : String.valueOf(status);
	}

	/** The page forms, with what each caller must get (see {@link #page(String...)}). */
	private List<PageForm> pageForms() {
		String curators = "403 403 403 403 done done 403";
		String curatorIn = "403 403 403 403 done 403 403";
		String reporters = "done 403 done 403 done 403 403";
		String reviewers = "403 403 done 403 done 403 403";
		String everyone = "done done done done done done done";
		List<PageForm> forms = new ArrayList<>();
		forms.add(new PageForm("POST /governments/new",
				() -> post("/governments/new").param("id", "saanich")
					.param("name", "Saanich")
					.param("country", "CA")
					.param("subdivision", "CA-BC")
					.param("level", "LOCAL"),
				page(curators)));
		forms.add(new PageForm("POST /governments/{id}/edit",
				() -> post("/governments/victoria/edit").param("id", "victoria")
					.param("name", "Victoria BC")
					.param("country", "CA")
					.param("subdivision", "CA-BC")
					.param("level", "LOCAL")
					.param("version", "0"),
				page(curatorIn)));
		forms.add(new PageForm("POST /governments/{id}/delete",
				() -> post("/governments/toronto/delete").param("version", "0"), page(curatorIn)));
		forms.add(new PageForm("POST /agreements/new",
				() -> post("/agreements/new").param("id", "victoria-daegu")
					.param("partyA", "victoria")
					.param("partyB", "daegu")
					.param("type", "FRIENDSHIP")
					.param("signed", "2020"),
				page(reporters)));
		forms.add(new PageForm("POST /agreements/{id}/edit",
				() -> post("/agreements/victoria-seoul/edit").param("partyA", "victoria")
					.param("partyB", "seoul")
					.param("type", "SISTER")
					.param("signed", "2010")
					.param("notes", "n")
					.param("version", "0"),
				page(reporters)));
		forms.add(new PageForm("POST /agreements/{id}/delete",
				() -> post("/agreements/victoria-busan/delete").param("version", "0"), page(curatorIn)));
		forms.addAll(pageWorkflow("agreements", "victoria-incheon", "victoria-gwangju", "victoria-seoul"));
		forms.add(new PageForm("POST /engagements/new",
				() -> post("/engagements/new").param("id", "e2")
					.param("agreement", "victoria-seoul")
					.param("year", "2021")
					.param("category", "CULTURE")
					.param("origin", "victoria")
					.param("mode", "IN_PERSON")
					.param("title", "Concert"),
				page(reporters)));
		forms.add(new PageForm("POST /engagements/{id}/edit",
				() -> post("/engagements/e1/edit").param("agreement", "victoria-seoul")
					.param("year", "2019")
					.param("category", "YOUTH")
					.param("origin", "seoul")
					.param("mode", "IN_PERSON")
					.param("title", "Exchange")
					.param("version", "0"),
				page(reporters)));
		forms.add(new PageForm("POST /engagements/{id}/delete",
				() -> post("/engagements/e1/delete").param("version", "0"), page(curatorIn)));
		forms.addAll(pageWorkflow("engagements", "e-draft", "e-submitted", "e1"));
		forms.add(new PageForm("POST /strategies/{id}/edit",
				() -> post("/strategies/victoria/edit").param("purposes[0]", "CULTURE").param("version", "0"),
				page(reporters)));
		forms.addAll(pageWorkflow("strategies", "victoria", "nanaimo", "victoria"));
		forms.add(new PageForm("POST /plans/new",
				() -> post("/plans/new").param("agreement", "victoria-seoul")
					.param("from", "2027")
					.param("to", "2028")
					.param("activities[0].year", "2027")
					.param("activities[0].category", "CULTURE")
					.param("activities[0].origin", "BOTH")
					.param("activities[0].title", "Festival"),
				page(reporters)));
		forms.add(new PageForm("POST /plans/{id}/edit",
				() -> post("/plans/p-pub/edit").param("from", "2024")
					.param("to", "2025")
					.param("version", "1")
					.param("activities[0].year", "2025")
					.param("activities[0].category", "YOUTH")
					.param("activities[0].origin", "seoul")
					.param("activities[0].title", "Camp"),
				page(reporters)));
		forms.add(new PageForm("POST /plans/{id}/delete", () -> post("/plans/p-pub/delete").param("version", "1"),
				page(curatorIn)));
		forms.addAll(pageWorkflow("plans", "p-draft", "p-sub", "p-pub"));
		// partner requests: as records of their government (PR-victoria-1 published,
		// PR-victoria-2 the inside reporter's draft, PR-nanaimo-1 submitted)
		forms.add(new PageForm("POST /partner-requests/new",
				() -> post("/partner-requests/new").param("government", "victoria")
					.param("purposes", "ECONOMY")
					.param("expires", EXPIRES),
				page(reporters)));
		forms.add(new PageForm("POST /partner-requests/{id}/edit",
				() -> post("/partner-requests/PR-victoria-1/edit").param("government", "victoria")
					.param("purposes", "CULTURE")
					.param("expires", EXPIRES)
					.param("version", "0"),
				page(reporters)));
		forms.add(new PageForm("POST /partner-requests/{id}/delete",
				() -> post("/partner-requests/PR-victoria-1/delete").param("version", "0"), page(curatorIn)));
		forms.addAll(pageWorkflow("partner-requests", "PR-victoria-2", "PR-nanaimo-1", "PR-victoria-1"));
		forms.add(new PageForm("POST /governments/{id}/relationship-decisions",
				() -> post("/governments/victoria/relationship-decisions").param("agreement", "victoria-busan")
					.param("decision", "KEEP")
					.param("reason", "Old friends"),
				page(reporters)));
		forms.add(new PageForm("POST /reporting/{year}/reports/{government}/submit",
				() -> post("/reporting/2023/reports/victoria/submit").param("nothingToReport", "true"),
				page(reporters)));
		forms.add(new PageForm("POST /reporting/{year}/reports/{government}/approve",
				() -> post("/reporting/2024/reports/victoria/approve"), page(reviewers)));
		forms.add(new PageForm("POST /reporting/{year}/reports/{government}/return",
				() -> post("/reporting/2024/reports/victoria/return").param("reason", "Missing the May visit"),
				page(reviewers)));
		forms.add(new PageForm("POST /agreements/{id}/documents",
				() -> multipart("/agreements/victoria-seoul/documents").file(document())
					.param("title", "Council resolution")
					.param("kind", "COUNCIL_RESOLUTION")
					.param("visibility", "PUBLIC"),
				page(reporters)));
		forms.add(new PageForm("POST /engagements/{id}/documents",
				() -> multipart("/engagements/e1/documents").file(document())
					.param("title", "Photo")
					.param("kind", "PHOTO")
					.param("visibility", "INTERNAL"),
				page(reporters)));
		forms.add(new PageForm("POST /documents/{docId}/delete", () -> post("/documents/{id}/delete", documentId()),
				page("403 403 done 403 done 403 403")));
		forms.add(new PageForm(
				"POST /imports", () -> multipart("/imports").file(new MockMultipartFile("file", "package.zip",
						"application/zip", DataPackageFixtures.zip(DataPackageFixtures.goodPackage()))),
				page(curatorIn)));
		forms.add(new PageForm("POST /imports/jobs/{id}/cancel",
				() -> post("/imports/jobs/00000000-0000-0000-0000-000000000000/cancel"),
				page("403 403 403 403 404 404 403")));
		forms.add(new PageForm("POST /imports/pairs",
				() -> multipart("/imports/pairs").file(new MockMultipartFile("file", "pairs.csv", "text/csv",
						"city1,country1,city2,country2\nVictoria,Canada,Seoul,South Korea\n".getBytes())),
				page("403 403 403 403 shown shown 403")));
		forms.add(new PageForm("POST /imports/pairs/commit",
				() -> post("/imports/pairs/commit")
					.param("csv", "city1,country1,city2,country2\nVictoria,Canada,Seoul,South Korea\n")
					.param("type", "SISTER"),
				page(curators)));
		forms.add(new PageForm("POST /accounts",
				() -> post("/accounts").param("username", "new-one")
					.param("password", "a-long-enough-passphrase")
					.param("roles", "REPORTER victoria"),
				page("403 403 403 403 403 403 done")));
		forms.add(new PageForm("POST /accounts/{username}/edit",
				() -> post("/accounts/reporter-out/edit").param("roles", "REPORTER seoul")
					.param("enabled", "true")
					.param("version", "0"),
				page("403 403 403 403 403 403 done")));
		forms.add(new PageForm("POST /account/password",
				() -> post("/account/password").param("currentPassword", "matrix-password")
					.param("newPassword", "another-long-passphrase"),
				page(everyone)));
		forms.add(new PageForm("POST /account/tokens", () -> post("/account/tokens").param("name", "sync"),
				page(everyone)));
		forms.add(new PageForm("POST /account/tokens/{id}/revoke",
				() -> post("/account/tokens/{id}/revoke", this.tokenOfReporterIn),
				page("done 404 404 404 404 404 done")));
		return forms;
	}

	private static List<PageForm> pageWorkflow(String kind, String draft, String submitted, String published) {
		String base = "/" + kind + "/";
		return List.of(
				new PageForm("POST " + base + "{id}/submit", () -> post(base + draft + "/submit"),
						page("done 403 done 403 done 403 403")),
				new PageForm("POST " + base + "{id}/revision/delete",
						() -> post(base + draft + "/revision/delete").param("version", "0"),
						page("done 403 done 403 done 403 403")),
				new PageForm("POST " + base + "{id}/approve", () -> post(base + submitted + "/approve"),
						page("403 403 done 403 done 403 403")),
				new PageForm("POST " + base + "{id}/return",
						() -> post(base + submitted + "/return").param("reason", "Add the participants"),
						page("403 403 done 403 done 403 403")),
				new PageForm("POST " + base + "{id}/confirm", () -> post(base + published + "/confirm"),
						page("done 403 done 403 done 403 403")));
	}

	/**
	 * Expected outcomes of a page form in the order reporter in, reporter out, reviewer
	 * in, reviewer out, curator in, curator out, admin; nobody signed in is sent to sign
	 * in.
	 */
	private static Map<Who, String> page(String outcomes) {
		return byCaller("login", outcomes.split(" "));
	}

	/**
	 * What each caller must get: nobody signed in, then the others in {@link Who}'s
	 * order.
	 */
	private static <T> Map<Who, T> byCaller(T anonymous, T[] signedIn) {
		Map<Who, T> expected = new EnumMap<>(Who.class);
		expected.put(Who.ANONYMOUS, anonymous);
		Who[] callers = Arrays.copyOfRange(Who.values(), 1, Who.values().length);
		for (int i = 0; i < callers.length; i++) {
			expected.put(callers[i], signedIn[i]);
		}
		return expected;
	}

	/** A page form: its mapping, the request to send, and what each caller must get. */
	record PageForm(String mapping, Supplier<AbstractMockHttpServletRequestBuilder<?>> request,
			Map<Who, String> expected) {

	}

	@Test
	void everyWriteEndpointIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				for (RequestMethod method : methods) {
					if (method != RequestMethod.GET && method != RequestMethod.HEAD
							&& method != RequestMethod.OPTIONS) {
						mapped.add(method + " " + path);
					}
				}
			}
		}
		Set<String> covered = new TreeSet<>(endpoints().stream().map(Endpoint::mapping).toList());
		covered.addAll(pageForms().stream().map(PageForm::mapping).toList());
		assertThat(covered).containsAll(mapped);
	}

	/** The matrix. */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		// the gazetteer: any curator adds (partner governments abroad too); a curator of
		// the
		// country changes and deletes
		endpoints.add(new Endpoint("POST /api/v1/governments", () -> json(post("/api/v1/governments"),
				"{\"id\":\"saanich\",\"name\":\"Saanich\",\"country\":\"CA\",\"subdivision\":\"CA-BC\",\"level\":\"LOCAL\"}"),
				expect(403, 403, 403, 403, 201, 201, 403)));
		endpoints.add(new Endpoint("PUT /api/v1/governments/{id}", () -> json(put("/api/v1/governments/victoria"),
				"{\"name\":\"Victoria BC\",\"country\":\"CA\",\"subdivision\":\"CA-BC\",\"level\":\"LOCAL\",\"version\":0}"),
				expect(403, 403, 403, 403, 200, 403, 403)));
		endpoints.add(new Endpoint("DELETE /api/v1/governments/{id}",
				() -> delete("/api/v1/governments/toronto").param("version", "0"),
				expect(403, 403, 403, 403, 204, 403, 403)));
		// agreements and engagements: curators of a party's country publish; reporters
		// and
		// reviewers in scope propose drafts; only curators delete
		endpoints.add(new Endpoint("POST /api/v1/agreements", () -> json(post("/api/v1/agreements"),
				"{\"id\":\"victoria-daegu\",\"partyA\":\"victoria\",\"partyB\":\"daegu\",\"type\":\"FRIENDSHIP\",\"signed\":\"2020\"}"),
				expect(201, 403, 201, 403, 201, 403, 403)));
		endpoints.add(new Endpoint("PUT /api/v1/agreements/{id}", () -> json(put("/api/v1/agreements/victoria-seoul"),
				"{\"partyA\":\"victoria\",\"partyB\":\"seoul\",\"type\":\"SISTER\",\"signed\":\"2010\",\"notes\":\"n\",\"version\":0}"),
				expect(200, 403, 200, 403, 200, 403, 403)));
		endpoints.add(new Endpoint("DELETE /api/v1/agreements/{id}",
				() -> delete("/api/v1/agreements/victoria-busan").param("version", "0"),
				expect(403, 403, 403, 403, 204, 403, 403)));
		endpoints.addAll(workflow("agreements", "victoria-incheon", "victoria-gwangju", "victoria-seoul"));
		endpoints.add(new Endpoint("POST /api/v1/engagements", () -> json(post("/api/v1/engagements"),
				"{\"id\":\"e2\",\"agreement\":\"victoria-seoul\",\"year\":2021,\"category\":\"CULTURE\",\"origin\":\"victoria\",\"title\":\"Concert\"}"),
				expect(201, 403, 201, 403, 201, 403, 403)));
		endpoints.add(new Endpoint("PUT /api/v1/engagements/{id}", () -> json(put("/api/v1/engagements/e1"),
				"{\"agreement\":\"victoria-seoul\",\"year\":2019,\"category\":\"YOUTH\",\"origin\":\"seoul\",\"title\":\"Exchange\",\"version\":0}"),
				expect(200, 403, 200, 403, 200, 403, 403)));
		endpoints.add(new Endpoint("DELETE /api/v1/engagements/{id}",
				() -> delete("/api/v1/engagements/e1").param("version", "0"),
				expect(403, 403, 403, 403, 204, 403, 403)));
		endpoints.addAll(workflow("engagements", "e-draft", "e-submitted", "e1"));
		// strategies: as records of their government (Victoria's is published with the
		// inside reporter's draft beside it, Nanaimo's submitted)
		endpoints.add(new Endpoint("PUT /api/v1/governments/{id}/strategy",
				() -> json(put("/api/v1/governments/victoria/strategy"), "{\"purposes\":[\"CULTURE\"],\"version\":0}"),
				expect(200, 403, 200, 403, 200, 403, 403)));
		endpoints.addAll(workflow("strategies", "victoria", "nanaimo", "victoria"));
		// plans: as records of their agreement's parties (p-pub published, p-draft the
		// inside reporter's draft, p-sub submitted)
		endpoints.add(new Endpoint("POST /api/v1/agreements/{id}/plans",
				() -> json(post("/api/v1/agreements/victoria-seoul/plans"),
						"{\"id\":\"p-new\",\"from\":2027,\"to\":2028,\"activities\":[{\"year\":2027,"
								+ "\"category\":\"CULTURE\",\"origin\":\"BOTH\",\"title\":\"Festival\"}]}"),
				expect(201, 403, 201, 403, 201, 403, 403)));
		endpoints.add(new Endpoint("PUT /api/v1/plans/{planId}",
				() -> json(put("/api/v1/plans/p-pub"),
						"{\"from\":2024,\"to\":2025,\"version\":1,\"activities\":[{\"year\":2025,"
								+ "\"category\":\"YOUTH\",\"origin\":\"seoul\",\"title\":\"Camp\"}]}"),
				expect(200, 403, 200, 403, 200, 403, 403)));
		endpoints.add(new Endpoint("DELETE /api/v1/plans/{planId}",
				() -> delete("/api/v1/plans/p-pub").param("version", "1"), expect(403, 403, 403, 403, 204, 403, 403)));
		endpoints.addAll(workflow("plans", "p-draft", "p-sub", "p-pub"));
		// partner requests: as records of their government (PR-victoria-1 published,
		// PR-victoria-2 the inside reporter's draft, PR-nanaimo-1 submitted); only
		// curators delete
		endpoints.add(new Endpoint("POST /api/v1/partner-requests",
				() -> json(post("/api/v1/partner-requests"),
						"{\"government\":\"victoria\",\"purposes\":[\"ECONOMY\"],\"expires\":\"" + EXPIRES + "\"}"),
				expect(201, 403, 201, 403, 201, 403, 403)));
		endpoints.add(new Endpoint("PUT /api/v1/partner-requests/{id}",
				() -> json(put("/api/v1/partner-requests/PR-victoria-1"), "{\"government\":\"victoria\","
						+ "\"purposes\":[\"CULTURE\"],\"expires\":\"" + EXPIRES + "\",\"version\":0}"),
				expect(200, 403, 200, 403, 200, 403, 403)));
		endpoints.add(new Endpoint("DELETE /api/v1/partner-requests/{id}",
				() -> delete("/api/v1/partner-requests/PR-victoria-1").param("version", "0"),
				expect(403, 403, 403, 403, 204, 403, 403)));
		endpoints.addAll(workflow("partner-requests", "PR-victoria-2", "PR-nanaimo-1", "PR-victoria-1"));
		// decisions on a dormant relationship: a reporter of the government, or above it
		endpoints.add(new Endpoint("POST /api/v1/governments/{id}/relationship-decisions",
				() -> json(post("/api/v1/governments/victoria/relationship-decisions"),
						"{\"agreement\":\"victoria-busan\",\"decision\":\"KEEP\",\"reason\":\"Old friends\"}"),
				expect(201, 403, 201, 403, 201, 403, 403)));
		// partner suggestions: a public read, like every GET
		endpoints.add(new Endpoint("GET /api/v1/governments/{id}/partner-suggestions",
				() -> get("/api/v1/governments/victoria/partner-suggestions").param("limit", "5"),
				byCaller(200, new Integer[] { 200, 200, 200, 200, 200, 200, 200 })));
		// documents: those who may report for a party add them; reviewers and curators
		// above a party (or the account that added one) remove them
		endpoints.add(new Endpoint("POST /api/v1/agreements/{id}/documents",
				() -> multipart("/api/v1/agreements/victoria-seoul/documents").file(document())
					.param("title", "Council resolution")
					.param("kind", "COUNCIL_RESOLUTION")
					.param("visibility", "PUBLIC"),
				expect(201, 403, 201, 403, 201, 403, 403)));
		endpoints.add(new Endpoint("POST /api/v1/engagements/{id}/documents",
				() -> multipart("/api/v1/engagements/e1/documents").file(document())
					.param("title", "Photo")
					.param("kind", "PHOTO")
					.param("visibility", "INTERNAL"),
				expect(201, 403, 201, 403, 201, 403, 403)));
		endpoints.add(new Endpoint("DELETE /api/v1/documents/{docId}",
				() -> delete("/api/v1/documents/{id}", documentId()), expect(403, 403, 204, 403, 204, 403, 403)));
		// imports: curators, and each row within their country (the package is
		// CA-BC–KR-41)
		endpoints.add(new Endpoint("POST /api/v1/imports",
				() -> post("/api/v1/imports").contentType("application/zip")
					.content(DataPackageFixtures.zip(DataPackageFixtures.goodPackage())),
				expect(403, 403, 403, 403, 200, 403, 403)));
		endpoints.add(new Endpoint("POST /api/v1/imports/pairs",
				() -> post("/api/v1/imports/pairs").param("dryRun", "true")
					.contentType("text/csv")
					.content("city1,country1,city2,country2\nVictoria,Canada,Seoul,South Korea\n"),
				expect(403, 403, 403, 403, 200, 200, 403)));
		// Wikidata: reconciling a query result is a curator's, as a pairs list; the
		// QuickStatements export posted with what Wikidata has is anyone's signed in
		endpoints.add(new Endpoint("POST /api/v1/imports/wikidata",
				() -> post("/api/v1/imports/wikidata").contentType("text/csv").content("item,twin\nQ1,Q2\n"),
				expect(403, 403, 403, 403, 200, 200, 403)));
		endpoints.add(new Endpoint("POST /api/v1/exports/wikidata-quickstatements.txt",
				() -> post("/api/v1/exports/wikidata-quickstatements.txt").contentType("text/csv")
					.content("item,twin\nQ1,Q2\n"),
				expect(200, 200, 200, 200, 200, 200, 200)));
		// jobs: curators see only their own (none here)
		endpoints.add(new Endpoint("DELETE /api/v1/imports/jobs/{id}",
				() -> delete("/api/v1/imports/jobs/00000000-0000-0000-0000-000000000000"),
				expect(403, 403, 403, 403, 404, 404, 403)));
		endpoints.add(new Endpoint("POST /api/v1/imports/jobs/{id}/cancel",
				() -> post("/api/v1/imports/jobs/00000000-0000-0000-0000-000000000000/cancel"),
				expect(403, 403, 403, 403, 404, 404, 403)));
		// annual reports: reporters submit for their government, reviewers and curators
		// above
		// it too; reviewers and curators approve and return (2024's report is submitted)
		endpoints.add(new Endpoint("POST /api/v1/reporting/{year}/reports",
				() -> json(post("/api/v1/reporting/2023/reports"),
						"{\"government\":\"victoria\",\"nothingToReport\":true}"),
				expect(201, 403, 201, 403, 201, 403, 403)));
		endpoints.add(new Endpoint("POST /api/v1/reporting/{year}/reports/{government}/approve",
				() -> post("/api/v1/reporting/2024/reports/victoria/approve"),
				expect(403, 403, 200, 403, 200, 403, 403)));
		endpoints.add(new Endpoint("POST /api/v1/reporting/{year}/reports/{government}/return",
				() -> json(post("/api/v1/reporting/2024/reports/victoria/return"),
						"{\"reason\":\"Missing the May visit\"}"),
				expect(403, 403, 200, 403, 200, 403, 403)));
		// accounts: administrators
		endpoints.add(new Endpoint("POST /api/v1/accounts", () -> json(post("/api/v1/accounts"),
				"{\"username\":\"new-one\",\"password\":\"a-long-enough-passphrase\",\"roles\":[{\"role\":\"REPORTER\",\"scope\":\"victoria\"}]}"),
				expect(403, 403, 403, 403, 403, 403, 201)));
		endpoints.add(new Endpoint("PUT /api/v1/accounts/{username}",
				() -> json(put("/api/v1/accounts/reporter-out"),
						"{\"roles\":[{\"role\":\"REPORTER\",\"scope\":\"seoul\"}],\"enabled\":true,\"version\":0}"),
				expect(403, 403, 403, 403, 403, 403, 200)));
		// one's own password: everyone signed in
		endpoints.add(new Endpoint("POST /api/v1/accounts/me/password",
				() -> json(post("/api/v1/accounts/me/password"),
						"{\"currentPassword\":\"matrix-password\",\"newPassword\":\"another-long-passphrase\"}"),
				expect(204, 204, 204, 204, 204, 204, 204)));
		// tokens: one's own; the token here is the inside reporter's
		endpoints.add(new Endpoint("POST /api/v1/tokens", () -> json(post("/api/v1/tokens"), "{\"name\":\"sync\"}"),
				expect(201, 201, 201, 201, 201, 201, 201)));
		endpoints
			.add(new Endpoint("DELETE /api/v1/tokens/{id}", () -> delete("/api/v1/tokens/{id}", this.tokenOfReporterIn),
					expect(200, 404, 404, 404, 404, 404, 200)));
		return endpoints;
	}

	/**
	 * The workflow steps of a kind of record: submitting and discarding a draft,
	 * approving and returning a submitted revision, confirming a published record.
	 */
	private static List<Endpoint> workflow(String kind, String draft, String submitted, String published) {
		String base = "/api/v1/" + kind + "/";
		return List.of(
				new Endpoint("POST " + base + "{id}/submit", () -> post(base + draft + "/submit"),
						expect(200, 403, 200, 403, 200, 403, 403)),
				new Endpoint("DELETE " + base + "{id}/revision",
						() -> delete(base + draft + "/revision").param("version", "0"),
						expect(204, 403, 204, 403, 204, 403, 403)),
				new Endpoint("POST " + base + "{id}/approve", () -> post(base + submitted + "/approve"),
						expect(403, 403, 200, 403, 200, 403, 403)),
				new Endpoint("POST " + base + "{id}/return",
						() -> json(post(base + submitted + "/return"), "{\"reason\":\"Add the participants\"}"),
						expect(403, 403, 200, 403, 200, 403, 403)),
				new Endpoint("POST " + base + "{id}/confirm", () -> post(base + published + "/confirm"),
						expect(200, 403, 200, 403, 200, 403, 403)));
	}

	/**
	 * Expected statuses in the order reporter in, reporter out, reviewer in, reviewer
	 * out, curator in, curator out, admin; anonymous callers always get 401.
	 */
	private static Map<Who, Integer> expect(int... statuses) {
		return byCaller(401, Arrays.stream(statuses).boxed().toArray(Integer[]::new));
	}

	/** A PDF to upload. */
	private static MockMultipartFile document() {
		return new MockMultipartFile("file", "resolution.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The fixture's document on Victoria–Seoul. */
	private String documentId() {
		return this.jdbc.sql("SELECT id FROM document").query(String.class).single();
	}

	private long accountId(Who who) {
		return this.jdbc.sql("SELECT id FROM account WHERE username = :u")
			.param("u", who.username())
			.query(Long.class)
			.single();
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static GovernmentValues government(String name, String country, String subdivision) {
		return new GovernmentValues(name, null, null, country, subdivision, GovernmentLevel.LOCAL, null, null, null,
				null, null, null);
	}

	private static AgreementValues agreement(String a, String b) {
		return new AgreementValues(new GovernmentId(a), new GovernmentId(b), AgreementType.SISTER,
				PartialDate.parse("2010"), AgreementStatus.ACTIVE, null, null, null, null, null, List.of(), null, null);
	}

	private static PlanValues plan(String agreement, int from) {
		return new PlanValues(new AgreementId(agreement), from, from + 1, List.of(new PlannedActivity(null, from,
				Category.YOUTH, null, PlannedActivity.BOTH, null, "Youth exchange", null)));
	}

	private static PartnerRequestValues partnerRequest(String government) {
		return new PartnerRequestValues(new GovernmentId(government), List.of("KR"), List.of(Category.ECONOMY),
				PartnerSize.ANY, null, Statement.NONE, null, java.time.LocalDate.parse(EXPIRES));
	}

	private static StrategyValues strategy(String government) {
		return new StrategyValues(new GovernmentId(government), List.of(Category.CULTURE, Category.YOUTH),
				Statement.NONE, List.of(), null, null, null);
	}

	private static EngagementValues engagement(String agreement) {
		return new EngagementValues(new AgreementId(agreement), 2019, null, null, Category.YOUTH, "seoul", null,
				EngagementMode.IN_PERSON, null, null, null, null, "Exchange", null, null);
	}

}
