package org.twinningregistry.reporting.ui;

import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.NotFoundException;

/**
 * A reporting page naming an unknown jurisdiction or government answers with the 404
 * page; a scope or year that cannot be one, with a 400 page that says why.
 */
@ControllerAdvice(basePackageClasses = ReportingPageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportingPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		return new ModelAndView("reporting/invalid",
				Map.of("problem", new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.arguments())),
				HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badValue(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		}
		return new ModelAndView(
				"reporting/invalid", Map
					.of("problem",
							new DefaultMessageSourceResolvable(new String[] { "reporting.error.value" },
									new Object[] { ex.getName(), String.valueOf(ex.getValue()) })),
				HttpStatus.BAD_REQUEST);
	}

}
