package org.twinningregistry.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The links of the language switch: the page being read with every parameter of its query
 * kept and only {@code lang} set, so that switching language shows the same search, the
 * same dashboard, the same page of a list. The link is relative ({@code ?…}), so it keeps
 * the page's path as the browser has it; the query's parameters are kept as they came,
 * still encoded, so nothing is decoded and encoded again. Every page's model holds them
 * as {@code languageLinks} (language → link), which the layout reads.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageSwitch {

	static final String PARAMETER = "lang";

	private static final List<String> LANGUAGES = List.of("en", "fr");

	/** The links to the current page in each language of the registry. */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks() {
		String query = currentQuery();
		Map<String, String> links = new LinkedHashMap<>();
		LANGUAGES.forEach(language -> links.put(language, href(query, language)));
		return links;
	}

	/** The relative link that sets {@code lang} in {@code query}, keeping the rest. */
	static String href(@Nullable String query, String language) {
		StringJoiner kept = new StringJoiner("&", "?", "");
		if (query != null) {
			for (String part : query.split("&")) {
				if (!part.isEmpty() && !isLanguage(part)) {
					kept.add(part);
				}
			}
		}
		kept.add(PARAMETER + "=" + language);
		return kept.toString();
	}

	private static boolean isLanguage(String part) {
		int equals = part.indexOf('=');
		String name = (equals < 0) ? part : part.substring(0, equals);
		return name.equals(PARAMETER);
	}

	/**
	 * The query of the page the reader asked for: on an error page, the original
	 * request's.
	 */
	private static @Nullable String currentQuery() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return null;
		}
		HttpServletRequest request = servlet.getRequest();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		}
		return request.getQueryString();
	}

}
