package org.twinningregistry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every read of the API (each {@code GET} mapping under {@code /api/}, found in Spring
 * MVC's mappings), asked nonsense: a parameter it does not take, paging out of range, and
 * for each of its parameters a value it cannot use (an unknown country or subdivision
 * code, a government or agreement that does not exist, a number out of range, an unknown
 * enum or format, an impossible date). Each must answer 400 problem details naming the
 * parameter, never a quiet empty or corrected list, and every message must be in the
 * reader's language: the French answer ({@code Accept-Language: fr}, and the same with
 * {@code ?lang=fr}) differs from the English one in every message. A parameter this test
 * does not know how to get wrong fails it: add its kind to {@link #nonsense}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadQueryIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	/** Free text, where no value is nonsense. */
	private static final Set<String> FREE_TEXT = Set.of("q");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private AgreementRegistry agreements;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@BeforeEach
	void fixture() {
		RegistryDatabase.clear(this.jdbc);
		SystemCurator.call(() -> {
			this.gazetteer.register(new GovernmentId("victoria"), new GovernmentValues("Victoria", null, null, "CA",
					"CA-BC", GovernmentLevel.LOCAL, null, null, null, null, null, null));
			this.gazetteer.register(new GovernmentId("seoul"), new GovernmentValues("Seoul", null, null, "KR", "KR-11",
					GovernmentLevel.LOCAL, null, null, null, null, null, null));
			return this.agreements.register(new AgreementId("victoria-seoul"),
					new AgreementValues(new GovernmentId("victoria"), new GovernmentId("seoul"), AgreementType.SISTER,
							PartialDate.parse("2010"), AgreementStatus.ACTIVE, null, null, null, null, null, List.of(),
							null, null));
		});
	}

	@TestFactory
	Stream<DynamicTest> everyReadRefusesNonsenseInTheReadersLanguage() {
		return reads().stream().map(read -> DynamicTest.dynamicTest(read.pattern(), () -> checkAll(read)));
	}

	@Test
	void coversEveryRead() {
		assertThat(reads()).hasSizeGreaterThan(20);
		assertThat(reads().stream().filter(Read::paged)).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void theIssuesExamples() throws Exception {
		// ?country=Canada no longer answers an empty list
		assertRefused(get("/api/v1/agreements?country=Canada"), "country", "rule.countrycode");
		assertRefused(get("/api/v1/agreements?size=-1"), "size", "rule.page.size");
		assertRefused(get("/api/v1/agreements?contry=CA"), "contry", "rule.parameter.unknown");
		assertRefused(get("/api/v1/agreements?fromYear=2020&toYear=2010"), "toYear", "rule.years.order");
		// a latitude beyond 90, in French: the registry's words, not the framework's
		JsonNode government = JSON.readTree(
				this.mvc.perform(get("/api/v1/governments/victoria")).andReturn().getResponse().getContentAsString());
		String body = ((tools.jackson.databind.node.ObjectNode) government).put("latitude", 91)
			.put("longitude", 0)
			.toString();
		JsonNode french = answer(put("/api/v1/governments/victoria").with(ApiTestSupport.curator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr"));
		assertThat(french.at("/errors/0/field").asString()).isEqualTo("latitude");
		assertThat(french.at("/errors/0/message").asString()).isEqualTo("Doit valoir au plus 90.");
		JsonNode english = answer(put("/api/v1/governments/victoria").with(ApiTestSupport.curator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
		assertThat(english.at("/errors/0/message").asString()).isEqualTo("Must be 90 or less.");
	}

	private void checkAll(Read read) throws Exception {
		List<String> failures = new ArrayList<>();
		check(read, "zz-unknown", "1", failures);
		if (read.paged()) {
			for (String[] paging : new String[][] { { "page", "-1" }, { "page", "first" }, { "size", "0" },
					{ "size", "-1" }, { "size", "100000" } }) {
				check(read, paging[0], paging[1], failures);
			}
		}
		for (MethodParameter parameter : read.handler().getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			String name = !param.name().isEmpty() ? param.name() : String.valueOf(parameter.getParameterName());
			if (FREE_TEXT.contains(name)) {
				continue;
			}
			List<String> values = nonsense(name, parameter.getParameterType());
			if (values.isEmpty()) {
				failures.add("parameter '" + name + "' (" + parameter.getParameterType().getSimpleName()
						+ "): this test does not know what nonsense it is; add its kind to nonsense()");
			}
			for (String value : values) {
				check(read, name, value, failures);
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * Good values of the parameters an endpoint needs to answer at all (required ones,
	 * and the reporting scope), so that the one under test is the only nonsense.
	 */
	private static Map<String, String> base(Read read) {
		Map<String, String> base = new TreeMap<>();
		for (MethodParameter parameter : read.handler().getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			String name = !param.name().isEmpty() ? param.name() : String.valueOf(parameter.getParameterName());
			boolean needed = param.required()
					&& org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
			if (needed || name.equals("scope")) {
				base.put(name, switch (name) {
					case "country", "scope" -> "CA";
					case "q" -> "Vic";
					default -> throw new IllegalStateException(
							read.pattern() + " needs '" + name + "': give this test a good value of it in base()");
				});
			}
		}
		return base;
	}

	/** Values of a parameter that no endpoint can use, by its name or type. */
	private static List<String> nonsense(String name, Class<?> type) {
		if (name.equals("purpose")) {
			// a category code, taken as text by the partner suggestions
			return List.of("NO_SUCH_VALUE");
		}
		if (Set.of("country", "partnerCountry", "partner", "seekingCountry").contains(name)) {
			return List.of("Canada", "ZZ");
		}
		if (Set.of("subdivision", "scope").contains(name)) {
			return List.of("British Columbia", "CA-ZZ");
		}
		if (Set.of("government", "parent", "agreement").contains(name)) {
			return List.of("no-such-record");
		}
		if (name.equals("format")) {
			return List.of("pdf");
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return List.of("-1", "100000", "many");
		}
		if (type.isEnum()) {
			return List.of("NO_SUCH_VALUE");
		}
		if (type == LocalDate.class) {
			return List.of("2024-02-30", "yesterday");
		}
		if (type == boolean.class || type == Boolean.class) {
			return List.of("maybe");
		}
		return List.of();
	}

	/**
	 * Asks the read with one nonsense parameter in English, then in French (header and
	 * {@code ?lang=fr}): 400 problem details naming the parameter, each message French.
	 */
	private void check(Read read, String name, String value, List<String> failures) throws Exception {
		String what = read.pattern() + "?" + name + "=" + value;
		MockHttpServletResponse english = send(read, name, value, null, false);
		if (english.getStatus() != 400 || !isProblem(english)) {
			failures.add(what + " → " + english.getStatus() + " " + excerpt(english.getContentAsString()));
			return;
		}
		JsonNode problem = JSON.readTree(english.getContentAsString());
		if (!names(problem, name)) {
			failures.add(what + " names not the parameter: " + excerpt(english.getContentAsString()));
		}
		JsonNode french = JSON.readTree(send(read, name, value, "fr", false).getContentAsString());
		JsonNode chosen = JSON.readTree(send(read, name, value, null, true).getContentAsString());
		List<String> englishTexts = texts(problem);
		List<String> frenchTexts = texts(french);
		if (!frenchTexts.equals(texts(chosen))) {
			failures.add(what + ": ?lang=fr and Accept-Language: fr differ: " + frenchTexts + " / " + texts(chosen));
		}
		for (int i = 0; i < englishTexts.size(); i++) {
			if (i >= frenchTexts.size() || englishTexts.get(i).equals(frenchTexts.get(i))) {
				failures.add(what + ": not in French: " + englishTexts.get(i));
			}
		}
	}

	private MockHttpServletResponse send(Read read, String name, String value, String acceptLanguage, boolean lang)
			throws Exception {
		// in the query string, as a client sends them (MockMvc's param() leaves it empty)
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(read.address()).queryParam(name, value);
		for (Map.Entry<String, String> base : base(read).entrySet()) {
			if (!base.getKey().equals(name)) {
				address.queryParam(base.getKey(), base.getValue());
			}
		}
		if (lang) {
			address.queryParam("lang", "fr");
		}
		var request = get(address.encode().build().toUri()).with(ApiTestSupport.curator());
		if (acceptLanguage != null) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private void assertRefused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String field, String code) throws Exception {
		JsonNode problem = answer(request);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("code").asString()).isEqualTo("error.invalid-input");
		assertThat(problem.get("errors")
			.valueStream()
			.filter(e -> field.equals(e.path("field").asString()) && code.equals(e.path("code").asString())))
			.as("%s", problem)
			.isNotEmpty();
	}

	private JsonNode answer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return JSON.readTree(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	/** Whether the problem names the parameter (in an error, or in its detail). */
	private static boolean names(JsonNode problem, String name) {
		return problem.path("errors").valueStream().anyMatch(e -> name.equals(e.path("field").asString()))
				|| problem.path("detail").asString().contains(name);
	}

	/** The detail and every error's message. */
	private static List<String> texts(JsonNode problem) {
		List<String> texts = new ArrayList<>();
		texts.add(problem.path("detail").asString());
		problem.path("errors").valueStream().forEach(e -> texts.add(e.path("message").asString()));
		return texts;
	}

	private static boolean isProblem(MockHttpServletResponse response) {
		return response.getContentType() != null
				&& response.getContentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	private static String excerpt(String body) {
		return (body.length() > 300) ? body.substring(0, 300) + "…" : body;
	}

	/** Every read under {@code /api/}, one per path pattern. */
	private List<Read> reads() {
		Map<String, Read> reads = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			if (!entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					boolean paged = Stream.of(entry.getValue().getMethodParameters())
						.anyMatch(p -> Pageable.class.isAssignableFrom(p.getParameterType()));
					reads.put(pattern, new Read(pattern, address(pattern), entry.getValue(), paged));
				}
			}
		}
		return List.copyOf(reads.values());
	}

	/** The pattern with the fixture's records in its variables. */
	private static String address(String pattern) {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder address = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(address, switch (variables.group(1)) {
				case "country" -> "CA";
				case "partner" -> "KR";
				case "subdivision" -> "CA-BC";
				case "year" -> "2024";
				case "username" -> ApiTestSupport.CURATOR;
				case "government" -> "victoria";
				default -> idIn(pattern);
			});
		}
		variables.appendTail(address);
		return address.toString();
	}

	private static String idIn(String pattern) {
		if (pattern.startsWith("/api/v1/agreements/")) {
			return "victoria-seoul";
		}
		if (pattern.startsWith("/api/v1/imports/jobs/")) {
			return "00000000-0000-0000-0000-000000000000";
		}
		return "victoria";
	}

	/**
	 * @param pattern the mapping's path pattern
	 * @param address the pattern with the fixture's values
	 * @param handler what answers it
	 * @param paged whether it takes {@code page} and {@code size}
	 */
	private record Read(String pattern, String address, HandlerMethod handler, boolean paged) {
	}

}
