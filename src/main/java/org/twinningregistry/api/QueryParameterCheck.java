package org.twinningregistry.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.twinningregistry.shared.Violation;

/**
 * Refuses, on every API endpoint, the query parameters it would otherwise quietly ignore
 * or quietly correct: a name the endpoint does not take ({@code ?contry=CA}, which would
 * list everything), and paging out of range ({@code page} below 0, {@code size} outside 1
 * to {@code spring.data.web.pageable.max-page-size}, or not numbers), which Spring Data
 * would replace by its defaults. Every such parameter is named at once, in a 400 with
 * code {@code error.invalid-input}. The parameters an endpoint takes are its
 * {@code @RequestParam}s, {@code page}, {@code size} and {@code sort} with a
 * {@link Pageable}, and {@code lang} everywhere; an endpoint taking a map of parameters
 * takes any. Only the query string is read: a form's fields are the body's.
 */
class QueryParameterCheck implements HandlerInterceptor {

	/** Every page chooses its language with it (the UI shell's locale interceptor). */
	private static final Set<String> EVERYWHERE = Set.of("lang");

	private static final Set<String> PAGING = Set.of("page", "size", "sort");

	private final int maxPageSize;

	/** The parameters each handler takes ({@code null}: any). */
	private final Map<HandlerMethod, Taken> taken = new ConcurrentHashMap<>();

	QueryParameterCheck(int maxPageSize) {
		this.maxPageSize = maxPageSize;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !Problems.isApi(request)) {
			return true;
		}
		Taken accepted = this.taken.computeIfAbsent(method, QueryParameterCheck::taken);
		Map<String, String> query = query(request.getQueryString());
		List<Violation> violations = new ArrayList<>();
		if (accepted.names() != null) {
			query.keySet()
				.stream()
				.filter(name -> !accepted.names().contains(name) && !EVERYWHERE.contains(name))
				.forEach(name -> violations.add(Violation.of(name, "rule.parameter.unknown", name,
						String.join(", ", new TreeSet<>(accepted.names())))));
		}
		if (accepted.paged()) {
			check(query, "page", 0, Integer.MAX_VALUE, "rule.page.number", violations);
			check(query, "size", 1, this.maxPageSize, "rule.page.size", violations);
		}
		if (!violations.isEmpty()) {
			throw new InvalidParametersException(violations);
		}
		return true;
	}

	private static void check(Map<String, String> query, String name, int min, int max, String code,
			List<Violation> violations) {
		String value = query.get(name);
		if (value == null) {
			return;
		}
		try {
			long number = Long.parseLong(value.strip());
			if (number >= min && number <= max) {
				return;
			}
		}
		catch (NumberFormatException ex) {
			// not a number: refused below
		}
		violations.add(Violation.of(name, code, value, min, max));
	}

	private static Taken taken(HandlerMethod method) {
		Set<String> names = new LinkedHashSet<>();
		boolean paged = false;
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && Map.class.isAssignableFrom(parameter.getParameterType())) {
				return new Taken(null, false);
			}
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				names.add(String.valueOf(name));
			}
			if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
				names.addAll(PAGING);
				paged = true;
			}
		}
		return new Taken(Set.copyOf(names), paged);
	}

	/**
	 * The query string's parameters by name (the first value of each); a name that cannot
	 * be decoded is left to the container, which refuses it.
	 */
	private static Map<String, String> query(@Nullable String query) {
		Map<String, String> parameters = new java.util.LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			try {
				String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals),
						StandardCharsets.UTF_8);
				String value = (equals < 0) ? ""
						: URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				if (!name.isEmpty()) {
					parameters.putIfAbsent(name, value);
				}
			}
			catch (IllegalArgumentException ex) {
				// malformed percent-encoding: the container answers error.bad-encoding
			}
		}
		return parameters;
	}

	/**
	 * @param names the parameter names a handler takes, {@code null} for any
	 * @param paged whether it takes a {@link Pageable}
	 */
	private record Taken(@Nullable Set<String> names, boolean paged) {
	}

}
