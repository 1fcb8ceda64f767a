package org.twinningregistry.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link MalformedRequest} met where {@link ProblemDetailsAdvice} does not answer: on a
 * page, or before any controller was chosen (Spring reads a multipart body before it
 * looks for one). The API gets problem details, pages the error page with the status;
 * answered here rather than through the container's error dispatch, which would read the
 * broken body again. A DEBUG line, not a logged failure. Last of the advice, so every
 * module's own handlers come first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedRequestAdvice {

	private static final Logger log = LoggerFactory.getLogger(MalformedRequestAdvice.class);

	private final MessageSource messages;

	MalformedRequestAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ InvalidParameterException.class, MultipartException.class })
	Object malformed(Exception ex, HttpServletRequest request) throws Exception {
		MalformedRequest refusal = MalformedRequest.of(ex);
		if (refusal == null || ex instanceof MaxUploadSizeExceededException) {
			// not one of ours (an upload too large has its own 413): as if unhandled
			throw ex;
		}
		log.debug("Refused a malformed request to {}: {}", request.getRequestURI(), ex.toString());
		if (Problems.isApi(request)) {
			return Problems.answer(Problems.of(refusal.status(), refusal.code(),
					this.messages.getMessage(refusal.code(), null, refusal.code(), LocaleContextHolder.getLocale())));
		}
		return new ModelAndView("error", Map.of("status", refusal.status().value()), refusal.status());
	}

}
