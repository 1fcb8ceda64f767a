package org.twinningregistry.ui;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.twinningregistry.shared.NotFoundException;

/**
 * Answers a page asking for a record that does not exist (or an id that cannot exist)
 * with the 404 page. It applies to the page controllers' packages only, named here
 * because the API's advice answers the same exceptions with problem details; a new
 * module's {@code ui} package is added to the list. Everything else falls through to
 * Spring Boot's error pages in {@code templates/error/}.
 */
@ControllerAdvice(basePackages = { "org.twinningregistry.ui", "org.twinningregistry.account.ui",
		"org.twinningregistry.gazetteer.ui", "org.twinningregistry.agreement.ui", "org.twinningregistry.engagement.ui",
		"org.twinningregistry.analytics.ui", "org.twinningregistry.importexport.ui",
		"org.twinningregistry.workflow.ui" })
class ErrorPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * A malformed id in the path names no record (404); a malformed filter is a bad
	 * request.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badValue(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		}
		return new ModelAndView("error", Map.of("status", HttpStatus.BAD_REQUEST.value()), HttpStatus.BAD_REQUEST);
	}

}
