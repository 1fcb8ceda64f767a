package org.twinningregistry.analytics.ui;

import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
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

/**
 * A statistics page asked for figures that cannot be computed (an unknown country, a
 * window out of range, a date that is not one) says why, with a 400, instead of failing.
 * It comes before the UI shell's advice, which answers unknown records with the 404 page.
 */
@ControllerAdvice(basePackageClasses = StatisticsPageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StatisticsPageAdvice {

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		return invalid(new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.arguments()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badValue(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		}
		return invalid(new DefaultMessageSourceResolvable(new String[] { "analytics.error.value" },
				new Object[] { ex.getName(), String.valueOf(ex.getValue()) }));
	}

	private static ModelAndView invalid(MessageSourceResolvable problem) {
		return new ModelAndView("analytics/invalid", Map.of("problem", problem), HttpStatus.BAD_REQUEST);
	}

}
