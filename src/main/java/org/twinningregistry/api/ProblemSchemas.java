package org.twinningregistry.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.twinningregistry.shared.ProblemTypes;

/**
 * The problem details every error of the API answers, as OpenAPI schemas: {@code Problem}
 * (RFC 9457 with the registry's {@code code} and {@code errors}) and
 * {@code ProblemError}. Their {@code code}s are listed with their English messages, read
 * from the {@code messages} bundle the answers are worded from, so the list cannot drift
 * from the codes the registry answers.
 */
final class ProblemSchemas {

	static final String PROBLEM = "Problem";

	static final String ERROR = "ProblemError";

	/** The codes Spring Security's filters answer, which no message bundle words. */
	private static final Map<String, String> SECURITY = Map.of("unauthenticated",
			"Sign in (HTTP Basic or a bearer token) to do this (401).", "forbidden",
			"The account may not do this here (403).", "too-many-sign-ins",
			"Too many failed sign-ins from here: try again after Retry-After seconds (429).");

	private final Properties messages;

	ProblemSchemas() {
		try {
			this.messages = PropertiesLoaderUtils.loadAllProperties("messages.properties");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds {@code Problem} and {@code ProblemError} to the components. */
	void addTo(Components components) {
		components.addSchemas(ERROR, error()).addSchemas(PROBLEM, problem());
	}

	/** An error answer of the API: problem details, described. */
	static ApiResponse response(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private Schema<?> problem() {
		return new ObjectSchema().description("RFC 9457 problem details, as every error of the API answers them.")
			.addProperty("type",
					new StringSchema().description("A URI naming the problem, one per code: "
							+ ProblemTypes.of("error.not-found") + " for error.not-found."))
			.addProperty("title", new StringSchema().description("The HTTP status's phrase"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("What went wrong, in the reader's language"))
			.addProperty("instance", new StringSchema().description("The address that failed, where known"))
			.addProperty("code",
					new StringSchema().description("The stable code of the problem (a key of the messages), one of:\n\n"
							+ list(key -> key.startsWith("error.") || key.equals("password-change-required")
									|| key.startsWith("import.rejected"), SECURITY)
							+ "\n- `error.http-<status>`: a refusal by the HTTP layer (405, 406, 415, …)"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + ERROR))
				.description("For invalid input: one entry per field or parameter and rule"));
	}

	private Schema<?> error() {
		return new ObjectSchema().description("One invalid field or parameter of a request.")
			.addProperty("field",
					new StringSchema().description(
							"The field (camelCase, `roles[0].scope`) or query parameter at fault; absent for the "
									+ "record as a whole"))
			.addProperty("code", new StringSchema().description("The stable code of the rule broken, one of:\n\n"
					+ list(key -> key.startsWith("rule."), Map.of())
					+ "\n- `rule.<constraint>`: a Bean Validation constraint of the field or parameter "
					+ "(`rule.notblank`, `rule.size`, `rule.max`, `rule.countrycode`, …), worded by its " + "message"))
			.addProperty("message", new StringSchema().description("What is wrong, in the reader's language"))
			.addProperty("value", new Schema<>().description("The value refused, where there is one"));
	}

	/**
	 * The codes the predicate selects, with their English messages, as a Markdown list.
	 */
	private String list(Predicate<String> codes, Map<String, String> more) {
		Map<String, String> listed = new TreeMap<>(more);
		Set<String> keys = this.messages.stringPropertyNames();
		keys.stream().filter(codes).forEach(key -> listed.put(key, this.messages.getProperty(key)));
		return listed.entrySet()
			.stream()
			.map(e -> "- `" + e.getKey() + "`: " + e.getValue().replace("''", "'"))
			.collect(Collectors.joining("\n"));
	}

}
