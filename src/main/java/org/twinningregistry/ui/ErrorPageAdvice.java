package org.twinningregistry.ui;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.NotFoundException;

/**
 * The one place that maps a page's failures to error pages (the API's advice answers the
 * same exceptions with problem details, so this one applies to the page controllers'
 * packages only; a new module's {@code ui} package is added to the list). A record that
 * does not exist, or an id that cannot exist, answers with the 404 page. A choice that
 * cannot be shown (a {@link BadRequestException}, or a filter that is not a value) on a
 * page of a module with its own {@code <module>/invalid} page (statistics, reporting)
 * answers with that page and a 400 that says why, in the module's
 * {@code <module>.error.value} words for a value that is not one; elsewhere a malformed
 * filter is a plain 400. Everything else falls through to Spring Boot's error pages in
 * {@code templates/error/}.
 */
@ControllerAdvice(basePackages = { "org.twinningregistry.ui", "org.twinningregistry.account.ui",
		"org.twinningregistry.gazetteer.ui", "org.twinningregistry.agreement.ui", "org.twinningregistry.engagement.ui",
		"org.twinningregistry.analytics.ui", "org.twinningregistry.reporting.ui",
		"org.twinningregistry.importexport.ui", "org.twinningregistry.workflow.ui", "org.twinningregistry.document.ui",
		"org.twinningregistry.continuity.ui", "org.twinningregistry.partnerfinder.ui" })
class ErrorPageAdvice {

	private static final String ROOT = "org.twinningregistry.";

	/** The modules whose pages say why a choice cannot be shown, on their own page. */
	private static final Set<String> INVALID_CHOICE_PAGES = Set.of("analytics", "reporting");

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex, HandlerMethod handler) {
		String module = invalidChoicePage(handler);
		if (module == null) {
			// no page of its own to say why: Spring Boot's error page, as before
			throw ex;
		}
		return invalid(module, new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.arguments()));
	}

	/**
	 * A malformed id in the path names no record (404); a malformed filter is a bad
	 * request.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badValue(MethodArgumentTypeMismatchException ex, HandlerMethod handler) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return notFound();
		}
		String module = invalidChoicePage(handler);
		if (module == null) {
			return new ModelAndView("error", Map.of("status", HttpStatus.BAD_REQUEST.value()), HttpStatus.BAD_REQUEST);
		}
		return invalid(module, new DefaultMessageSourceResolvable(new String[] { module + ".error.value" },
				new Object[] { ex.getName(), String.valueOf(ex.getValue()) }));
	}

	private static ModelAndView invalid(String module, MessageSourceResolvable problem) {
		return new ModelAndView(module + "/invalid", Map.of("problem", problem), HttpStatus.BAD_REQUEST);
	}

	/** The module of the page that failed, when it has a page for an invalid choice. */
	private static @Nullable String invalidChoicePage(HandlerMethod handler) {
		String name = handler.getBeanType().getPackageName();
		String module = name.startsWith(ROOT) ? name.substring(ROOT.length()).split("\\.")[0] : "";
		return INVALID_CHOICE_PAGES.contains(module) ? module : null;
	}

}
