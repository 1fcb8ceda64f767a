package org.twinningregistry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.ReviewedKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API description ({@code /v3/api-docs}) describes every operation the registry
 * serves, whoever added it: each has a summary and a description and is tagged by the
 * resource it acts on (declared, described, never a controller's name), each parameter
 * has a description, writes name the bearer-token and HTTP Basic schemes it declares,
 * every error answer is the described {@code Problem}, and the workflow's operations are
 * described kind by kind. A new endpoint without
 * {@code @Operation(summary, description)}, {@code @Parameter(description)} on its
 * parameters or a {@code @Tag} on its controller fails here, naming it. The description
 * is written to {@code target/api-docs.json}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDescriptionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	/** What springdoc names a tag after when a controller has none. */
	private static final Pattern CONTROLLER_NAME = Pattern.compile("(?i).*(controller|-api-|-api$|^api-).*");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectProvider<ReviewedKind<?>> kinds;

	private JsonNode api;

	@BeforeEach
	void description() throws Exception {
		String text = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		Path file = Path.of("target", "api-docs.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		this.api = JSON.readTree(text);
	}

	@Test
	void everyOperationHasASummaryADescriptionAndAResourceTag() {
		Set<String> declared = new HashSet<>();
		List<String> failures = new ArrayList<>();
		this.api.path("tags").forEach(tag -> {
			declared.add(tag.path("name").asString());
			if (tag.path("description").asString("").isBlank()) {
				failures.add("tag " + tag.path("name").asString() + " has no description");
			}
		});
		forEachOperation((where, operation) -> {
			for (String text : List.of("summary", "description")) {
				String value = operation.path(text).asString("");
				if (value.isBlank()) {
					failures.add(where + " has no " + text + " (@Operation(summary = …, description = …))");
				}
				if (value.contains("{kind")) {
					failures.add(where + ": its " + text + " still says " + value);
				}
			}
			if (operation.path("tags").isEmpty()) {
				failures.add(where + " has no tag (@Tag(name = \"<Resource>\") on its controller)");
			}
			operation.path("tags").forEach(tag -> {
				if (CONTROLLER_NAME.matcher(tag.asString()).matches()) {
					failures.add(where + " is tagged by its controller: " + tag.asString());
				}
				if (!declared.contains(tag.asString())) {
					failures.add(where + ": its tag " + tag.asString() + " is not declared with a description");
				}
			});
		});
		assertThat(failures).isEmpty();
		assertThat(operations()).as("operations described").isGreaterThanOrEqualTo(60);
		assertThat(declared).contains("Governments", "Places", "Agreements", "Engagements", "Workflow", "Statistics",
				"Reporting", "Imports", "Exports", "Accounts", "Tokens");
	}

	@Test
	void everyParameterIsDescribed() {
		List<String> failures = new ArrayList<>();
		forEachOperation((where, operation) -> operation.path("parameters").forEach(parameter -> {
			JsonNode resolved = resolve(parameter);
			if (resolved.path("description").asString("").isBlank()) {
				failures.add(where + ": parameter " + resolved.path("name").asString() + " ("
						+ resolved.path("in").asString() + ") has no description (@Parameter(description = …))");
			}
		}));
		assertThat(failures).isEmpty();
	}

	@Test
	void writesNameTheDeclaredBearerAndBasicSchemes() {
		JsonNode schemes = this.api.at("/components/securitySchemes");
		assertThat(schemes.at("/bearer/type").asString()).isEqualTo("http");
		assertThat(schemes.at("/bearer/scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.at("/basic/type").asString()).isEqualTo("http");
		assertThat(schemes.at("/basic/scheme").asString()).isEqualTo("basic");
		List<String> failures = new ArrayList<>();
		forEachOperation((where, operation) -> {
			Set<String> named = new HashSet<>();
			operation.path("security").forEach(requirement -> requirement.propertyNames().forEach(named::add));
			named.stream()
				.filter(name -> !schemes.has(name))
				.forEach(name -> failures.add(where + " names the undeclared scheme " + name));
			if (!where.startsWith("GET ") && !named.containsAll(Set.of("bearer", "basic"))) {
				failures.add(where + " is a write but does not name both schemes: " + named);
			}
		});
		assertThat(failures).isEmpty();
		// the reads of one's own things sign in too
		assertThat(this.api.at("/paths/~1api~1v1~1tokens/get/security").isEmpty()).isFalse();
		assertThat(this.api.at("/paths/~1api~1v1~1governments/get/security").isMissingNode()).isTrue();
	}

	@Test
	void everyErrorIsTheDescribedProblem() {
		JsonNode problem = this.api.at("/components/schemas/Problem");
		assertThat(problem.at("/properties/code/description").asString()).contains("`error.not-found`",
				"`error.stale-version`", "`error.invalid-input`", "`password-change-required`", "`unauthenticated`");
		assertThat(this.api.at("/components/schemas/ProblemError/properties/code/description").asString())
			.contains("`rule.parameter.unknown`", "`rule.page.size`", "`rule.countrycode`");
		List<String> failures = new ArrayList<>();
		forEachOperation((where, operation) -> {
			if (!operation.path("responses").has("400")) {
				failures.add(where + " describes no 400");
			}
			operation.path("responses").properties().forEach(response -> {
				if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
					JsonNode schema = response.getValue().at("/content/application~1problem+json/schema");
					if (!schema.path("$ref").asString("").endsWith("/Problem")) {
						failures.add(where + " " + response.getKey() + " is not the Problem: " + response.getValue());
					}
				}
			});
		});
		assertThat(failures).isEmpty();
	}

	@Test
	void theWorkflowIsDescribedKindByKind() {
		List<RecordKind> reviewed = this.kinds.orderedStream().map(ReviewedKind::kind).toList();
		assertThat(reviewed).hasSizeGreaterThanOrEqualTo(2);
		List<String> failures = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		forEachOperation((where, operation) -> {
			if (!ids.add(operation.path("operationId").asString())) {
				failures.add(where + " shares its operationId " + operation.path("operationId").asString());
			}
			for (RecordKind kind : reviewed) {
				if (where.contains(" /api/v1/" + kind.segment() + "/{id}/")) {
					String summary = operation.path("summary").asString().toLowerCase(Locale.ROOT);
					if (!summary.contains(kind.key())) {
						failures.add(where + ": its summary does not name the " + kind.key() + ": " + summary);
					}
				}
			}
		});
		assertThat(failures).isEmpty();
		assertThat(this.api.at("/paths/~1api~1v1~1agreements~1{id}~1submit/post/summary").asString())
			.isEqualTo("Submit the agreement's draft for review");
		assertThat(this.api.at("/paths/~1api~1v1~1engagements~1{id}~1submit/post/summary").asString())
			.isEqualTo("Submit the engagement's draft for review");
	}

	private int operations() {
		int[] count = { 0 };
		forEachOperation((where, operation) -> count[0]++);
		return count[0];
	}

	private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
		for (Map.Entry<String, JsonNode> path : this.api.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (METHODS.contains(operation.getKey())) {
					check.accept(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
							operation.getValue());
				}
			}
		}
	}

	/** A parameter, or the component it refers to. */
	private JsonNode resolve(JsonNode parameter) {
		String ref = parameter.path("$ref").asString("");
		return ref.isEmpty() ? parameter : this.api.at(ref.substring(1));
	}

}
