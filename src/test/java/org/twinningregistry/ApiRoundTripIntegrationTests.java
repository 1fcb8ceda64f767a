package org.twinningregistry;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.Versioned;
import org.twinningregistry.shared.VersionedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a read of the API answers can be written back as it is: a read of one versioned
 * record sends its version as {@code ETag}, a {@code PUT} of the same body (with that tag
 * in {@code If-Match}, or with its {@code version} field alone) is accepted, and once the
 * record changed the same tag is refused with 412 ({@code error.stale-version}), the same
 * body without it with 409. References read back as the objects a read shows or as their
 * ids. {@link #everyReplaceableResourceOptsIntoTheVersionTags()} keeps new resources to
 * it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiRoundTripIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@BeforeEach
	void fixture() {
		RegistryDatabase.clear(this.jdbc);
		SystemCurator.call(() -> {
			this.gazetteer.register(new GovernmentId("victoria"), new GovernmentValues("Victoria", "Victoria", null,
					"CA", "CA-BC", GovernmentLevel.LOCAL, null, 92_000L, 48.43, -123.37, "Q2132", null));
			this.gazetteer.register(new GovernmentId("seoul"), new GovernmentValues("Seoul", "Séoul", "서울", "KR",
					"KR-11", GovernmentLevel.LOCAL, null, null, 37.57, 126.98, null, null));
			this.agreements.register(new AgreementId("victoria-seoul"),
					new AgreementValues(new GovernmentId("victoria"), new GovernmentId("seoul"), AgreementType.SISTER,
							PartialDate.parse("2010-05"), AgreementStatus.ACTIVE, null, null, null, "R-2010-5", null,
							List.of(Category.CULTURE, Category.YOUTH), "https://example.org", "Signed in Seoul"));
			this.engagements.record(new EngagementId("e1"),
					new EngagementValues(new AgreementId("victoria-seoul"), 2019, PartialDate.parse("2019-07"), null,
							Category.YOUTH, "seoul", null, EngagementMode.IN_PERSON, 24, null, null, null, "Exchange",
							"Two weeks", null));
			return null;
		});
		this.jdbc.sql("INSERT INTO account (username, password_hash, enabled, version) VALUES ('rita', :p, TRUE, 0)")
			.param("p", "{noop}round-trip-password")
			.update();
		this.jdbc
			.sql("INSERT INTO account_role (account_id, role, scope) "
					+ "SELECT id, 'REPORTER', 'victoria' FROM account WHERE username = 'rita'")
			.update();
	}

	@Test
	void aGovernmentReadIsWrittenBackAsItIs() throws Exception {
		roundTrip("/api/v1/governments/victoria", body -> body.put("nameFr", "Victoria (C.-B.)"));
	}

	@Test
	void anAgreementReadIsWrittenBackAsItIsWithItsPartiesAsObjectsOrIds() throws Exception {
		// given: a read shows the parties as objects
		JsonNode read = read("/api/v1/agreements/victoria-seoul").body();
		assertThat(read.get("partyA").isObject()).isTrue();

		// then
		roundTrip("/api/v1/agreements/victoria-seoul", body -> body.put("notes", "Renewed in spirit"));

		// and the parties as their ids alone
		ObjectNode byIds = (ObjectNode) read("/api/v1/agreements/victoria-seoul").body();
		byIds.put("partyA", "victoria").put("partyB", "seoul").put("notes", "By ids");
		this.mvc.perform(json(put("/api/v1/agreements/victoria-seoul"), byIds))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notes").value("By ids"))
			.andExpect(jsonPath("$.partyA.id").value("victoria"));
		// an object without an id is no reference
		byIds.set("partyB", JSON.createObjectNode().put("name", "Seoul"));
		this.mvc.perform(json(put("/api/v1/agreements/victoria-seoul"), byIds))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.unreadable"))
			.andExpect(jsonPath("$.errors[0].field").value("partyB"));
	}

	@Test
	void anEngagementReadIsWrittenBackAsItIs() throws Exception {
		roundTrip("/api/v1/engagements/e1", body -> body.put("description", "Two weeks in Victoria"));
	}

	@Test
	void aStrategyReadIsWrittenBackAsItIs() throws Exception {
		// given
		this.mvc.perform(json(put("/api/v1/governments/victoria/strategy"), JSON.readTree("""
				{"purposes": ["POLICY", "ECONOMY"], "statement": {"en": "Policy first", "fr": "Les politiques d'abord"},
				 "preferredCountries": ["KR"], "office": {"name": "International Relations Office"}}""")))
			.andExpect(status().is2xxSuccessful());

		// then
		roundTrip("/api/v1/governments/victoria/strategy", body -> body.put("reviewBy", "2030-06-30"));
	}

	@Test
	void aPlanReadIsWrittenBackAsItIs() throws Exception {
		// given
		MvcResult created = this.mvc.perform(json(post("/api/v1/agreements/victoria-seoul/plans"), JSON.readTree(
				"""
						{"from": 2024, "to": 2026, "activities": [
						 {"year": 2024, "category": "YOUTH", "form": "PROGRAM", "origin": "victoria", "title": "Youth exchange"},
						 {"year": 2025, "category": "POLICY", "form": "DELEGATION", "origin": "seoul", "title": "Policy delegation"}]}""")))
			.andExpect(status().isCreated())
			.andReturn();
		String id = JSON.readTree(created.getResponse().getContentAsString()).get("id").asString();

		// then
		roundTrip("/api/v1/plans/" + id, body -> body.put("to", 2027));
	}

	@Test
	void anAccountReadIsWrittenBackAsItIs() throws Exception {
		roundTrip("/api/v1/accounts/rita", body -> body.put("enabled", false));
	}

	@Test
	void aReturnedReportReadIsSubmittedBackAsItIs() throws Exception {
		// given: Victoria's report for 2024, submitted and returned
		this.mvc
			.perform(post("/api/v1/reporting/2024/reports").with(ApiTestSupport.curator())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"government\": \"victoria\", \"nothingToReport\": false, \"note\": \"One visit\"}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/reporting/2024/reports/victoria/return").with(ApiTestSupport.curator())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Name the visit\"}"))
			.andExpect(status().isOk());

		// when
		Read read = read("/api/v1/reporting/2024/reports/victoria");

		// then: its version as tag, and its body submitted again as it is
		assertThat(read.tag()).isEqualTo("\"" + read.body().get("version").asLong() + "\"");
		this.mvc
			.perform(post("/api/v1/reporting/2024/reports").with(ApiTestSupport.curator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(read.body().toString()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"));
	}

	@Test
	void anIfMatchThatDisagreesWithTheBodysVersionIsRefused() throws Exception {
		// given
		Read read = read("/api/v1/governments/victoria");

		// when, then
		this.mvc.perform(json(put("/api/v1/governments/victoria"), read.body()).header(HttpHeaders.IF_MATCH, "\"7\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.version.if-match-differs"));
		this.mvc.perform(json(put("/api/v1/governments/victoria"), read.body()).header(HttpHeaders.IF_MATCH, "*"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("rule.version.if-match"));
		// a body without its version takes If-Match's
		ObjectNode unversioned = ((ObjectNode) read.body()).put("nameFr", "Victoria BC");
		unversioned.remove("version");
		this.mvc
			.perform(json(put("/api/v1/governments/victoria"), unversioned).header(HttpHeaders.IF_MATCH, read.tag()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameFr").value("Victoria BC"));
		this.mvc.perform(json(put("/api/v1/governments/victoria"), unversioned))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void listsAndUnversionedAnswersCarryNoTag() throws Exception {
		this.mvc.perform(get("/api/v1/agreements")).andExpect(header().doesNotExist(HttpHeaders.ETAG));
		this.mvc.perform(get("/api/v1/statistics/countries/CA")).andExpect(header().doesNotExist(HttpHeaders.ETAG));
	}

	/**
	 * Every {@code PUT} or {@code PATCH} of the API takes a body that accepts
	 * {@code If-Match} ({@link VersionedRequest}), and the {@code GET} of the same
	 * address answers a record that sends its tag ({@link Versioned}): a new resource
	 * that forgets either fails here.
	 */
	@Test
	void everyReplaceableResourceOptsIntoTheVersionTags() {
		List<String> missing = new ArrayList<>();
		Map<RequestMappingInfo, HandlerMethod> handlers = this.mappings.getHandlerMethods();
		int replaceable = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			if (!methods.contains(RequestMethod.PUT) && !methods.contains(RequestMethod.PATCH)) {
				continue;
			}
			for (String path : entry.getKey().getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				replaceable++;
				if (!takesVersionedBody(entry.getValue())) {
					missing.add(path + ": its body is no VersionedRequest");
				}
				HandlerMethod read = readOf(handlers, path);
				if (read == null || !Versioned.class.isAssignableFrom(answered(read))) {
					missing.add(path + ": no GET of it answers a Versioned record");
				}
			}
		}
		assertThat(replaceable).isGreaterThanOrEqualTo(4);
		assertThat(missing).isEmpty();
	}

	/**
	 * Reads, writes the read back as it is (with its tag, then without it), changes the
	 * record, and checks that the first read's tag and version are then refused.
	 */
	private void roundTrip(String path, Consumer<ObjectNode> change) throws Exception {
		// given
		Read first = read(path);
		long version = first.body().get("version").asLong();
		assertThat(first.tag()).isEqualTo("\"" + version + "\"");

		// when: written back as it was read, with its tag, and read again and written
		// back without it (its version field alone)
		this.mvc.perform(json(put(path), first.body()).header(HttpHeaders.IF_MATCH, first.tag()))
			.andExpect(status().isOk());
		this.mvc.perform(json(put(path), read(path).body())).andExpect(status().isOk());

		// and changed
		Read current = read(path);
		ObjectNode changed = (ObjectNode) current.body().deepCopy();
		change.accept(changed);
		this.mvc.perform(json(put(path), changed).header(HttpHeaders.IF_MATCH, current.tag()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(current.body().get("version").asLong() + 1));

		// then: the first read is stale, by its tag (412) and by its version (409)
		this.mvc.perform(json(put(path), first.body()).header(HttpHeaders.IF_MATCH, first.tag()))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("error.stale-version"));
		this.mvc.perform(json(put(path), first.body()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.stale-version"));
		assertThat(read(path).tag()).isEqualTo("\"" + (current.body().get("version").asLong() + 1) + "\"");
	}

	private Read read(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(ApiTestSupport.curator()))
			.andExpect(status().isOk())
			.andReturn();
		return new Read(JSON.readTree(result.getResponse().getContentAsString()),
				result.getResponse().getHeader(HttpHeaders.ETAG));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, JsonNode body) {
		return request.with(ApiTestSupport.curator()).contentType(MediaType.APPLICATION_JSON).content(body.toString());
	}

	private static boolean takesVersionedBody(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)
					&& VersionedRequest.class.isAssignableFrom(parameter.getParameterType())) {
				return true;
			}
		}
		return false;
	}

	private static HandlerMethod readOf(Map<RequestMappingInfo, HandlerMethod> handlers, String path) {
		return handlers.entrySet()
			.stream()
			.filter(e -> e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)
					&& e.getKey().getPatternValues().contains(path))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** What a handler answers, looking into {@code ResponseEntity<T>}. */
	private static Class<?> answered(HandlerMethod handler) {
		Type type = handler.getMethod().getGenericReturnType();
		if (type instanceof ParameterizedType generic && generic.getActualTypeArguments()[0] instanceof Class<?> body) {
			return body;
		}
		return handler.getMethod().getReturnType();
	}

	private record Read(JsonNode body, String tag) {
	}

}
