package org.twinningregistry.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.Ordered;

/**
 * What every operation of the description shares, added once here rather than on each
 * controller: the security of writes (a bearer token or HTTP Basic, as the README says),
 * the problem details of its errors, the paging parameters' ranges, and the resources'
 * order, and operation ids made of the summaries ({@code listAgreements},
 * {@code submitAgreementDraftForReview}) rather than of method names. An operation's own
 * {@code @SecurityRequirement} or response is kept. It runs after the other customizers,
 * so that the summaries it names operations by are final.
 */
class ApiDescriptions implements OpenApiCustomizer, Ordered {

	/** The resources in the order a reader meets them; any other tag follows by name. */
	private static final List<String> ORDER = List.of("Governments", "Places", "Agreements", "Engagements", "Workflow",
			"Statistics", "Reporting", "Imports", "Exports", "Accounts", "Tokens");

	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

	private final ProblemSchemas problems;

	private final int maxPageSize;

	private final int defaultPageSize;

	ApiDescriptions(ProblemSchemas problems, int maxPageSize, int defaultPageSize) {
		this.problems = problems;
		this.maxPageSize = maxPageSize;
		this.defaultPageSize = defaultPageSize;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		this.problems.addTo(api.getComponents());
		if (api.getPaths() != null) {
			Set<String> ids = new HashSet<>();
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				describe(path, method, operation);
				name(operation, ids);
			}));
		}
		if (api.getTags() != null) {
			List<Tag> tags = new ArrayList<>(api.getTags());
			tags.sort(Comparator.comparingInt((Tag tag) -> rank(tag.getName())).thenComparing(Tag::getName));
			api.setTags(tags);
		}
	}

	private void describe(String path, HttpMethod method, Operation operation) {
		boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD;
		if (write && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
			operation.addSecurityItem(new SecurityRequirement().addList(OpenApiConfiguration.BEARER))
				.addSecurityItem(new SecurityRequirement().addList(OpenApiConfiguration.BASIC));
		}
		boolean signed = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		errors(path, method, signed).forEach((status, response) -> {
			if (!operation.getResponses().containsKey(status)) {
				operation.getResponses().addApiResponse(status, response);
			}
		});
		if (operation.getParameters() != null) {
			operation.getParameters().forEach(this::paging);
		}
	}

	/** The operation's id from its summary, in camel case, without articles. */
	private static void name(Operation operation, Set<String> taken) {
		if (operation.getSummary() == null || operation.getSummary().isBlank()) {
			return;
		}
		StringBuilder id = new StringBuilder();
		for (String word : operation.getSummary().replace("'s", "").split("[^\\p{Alnum}]+")) {
			if (word.isEmpty() || ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
				continue;
			}
			id.append(id.isEmpty() ? word.toLowerCase(Locale.ROOT)
					: word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
		}
		String unique = id.toString();
		for (int i = 2; !taken.add(unique); i++) {
			unique = id.toString() + i;
		}
		operation.setOperationId(unique);
	}

	/** The errors an operation may answer, by what it is. */
	private static Map<String, ApiResponse> errors(String path, HttpMethod method, boolean signed) {
		Map<String, ApiResponse> errors = new java.util.LinkedHashMap<>();
		errors.put("400", ProblemSchemas.response("Invalid input: a malformed body, a field or parameter "
				+ "out of range or naming nothing, a parameter the operation does not take (`errors` names each)"));
		if (signed) {
			errors.put("401", ProblemSchemas.response("Not signed in, or the credentials are refused"));
			errors.put("403", ProblemSchemas.response("The account may not do this here, or must first change "
					+ "the password it was given (`password-change-required`)"));
		}
		if (path.contains("{")) {
			errors.put("404", ProblemSchemas.response("Nothing with this id (or nothing the caller may see)"));
		}
		if (method == HttpMethod.PUT || method == HttpMethod.PATCH || method == HttpMethod.DELETE) {
			errors.put("409", ProblemSchemas.response("Someone changed it since the version named "
					+ "(`error.stale-version`), or its state does not allow this"));
			errors.put("412", ProblemSchemas.response("The version named by If-Match is stale"));
		}
		if (method == HttpMethod.DELETE) {
			errors.put("428", ProblemSchemas.response("No version named: add ?version= or If-Match"));
		}
		if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
			errors.put("409", ProblemSchemas.response("A conflict with the record's state or with another "
					+ "record (`error.stale-version`, a locked revision, …)"));
			errors.put("422", ProblemSchemas.response("Business rules broken (`errors` lists each rule)"));
		}
		errors.put("500", ProblemSchemas.response("A failure of the registry (`error.unexpected`), logged"));
		errors.put("503", ProblemSchemas.response("The registry was too busy to take the request within "
				+ "`registry.web.admission-wait` (`error.busy`): try again after `Retry-After` seconds"));
		return errors;
	}

	/** The paging parameters, with the ranges the API shell checks. */
	private void paging(Parameter parameter) {
		if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
			return;
		}
		switch (parameter.getName()) {
			case "page" -> {
				parameter.description("The page, from 0; a negative number is refused (400)");
				parameter.getSchema().minimum(BigDecimal.ZERO);
			}
			case "size" -> {
				parameter.description("Items per page, 1 to " + this.maxPageSize + " (" + this.defaultPageSize
						+ " when absent); out of range is refused (400)");
				parameter.getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(this.maxPageSize));
			}
			case "sort" -> parameter.description("property,asc or property,desc, repeated for several; the "
					+ "properties offered are named in the operation's description (400 for others)");
			default -> {
				// not a paging parameter
			}
		}
	}

	private static int rank(String tag) {
		int index = ORDER.indexOf(tag);
		return (index >= 0) ? index : ORDER.size();
	}

}
