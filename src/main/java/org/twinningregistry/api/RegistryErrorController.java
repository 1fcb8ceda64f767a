package org.twinningregistry.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Spring Boot's error controller ({@code /error}), where the servlet container sends
 * every error that no controller answered: an unknown address, a method or media type no
 * endpoint takes, a request refused by the firewall or unreadable before any controller
 * ran, a failure in a filter. For {@code /api/**} it answers problem details
 * ({@code application/problem+json} with {@code type}, {@code title}, {@code status},
 * {@code code}, whatever the request accepts); for pages it does what Spring Boot does:
 * the error pages of {@code templates/error/} for browsers, Boot's JSON for others. Only
 * in a web application: the command-line import runs without a web server, where Boot
 * makes no {@link ErrorAttributes}.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${server.error.path:${error.path:/error}}")
class RegistryErrorController implements ErrorController {

	private final BasicErrorController pages;

	private final ErrorAttributes attributes;

	private final MessageSource messages;

	RegistryErrorController(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> views,
			MessageSource messages) {
		this.pages = new BasicErrorController(attributes, web.getError(), views.orderedStream().toList());
		this.attributes = attributes;
		this.messages = messages;
	}

	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response) {
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (Problems.isApi(path)) {
			ProblemDetail problem = problem(request);
			problem.setInstance(Problems.instance(path));
			return Problems.answer(problem);
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains("text/html")) {
			return this.pages.errorHtml(request, response);
		}
		return this.pages.error(request);
	}

	/** A page's error asked for in a type Boot's JSON cannot be written as. */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<String> notAcceptable(HttpServletRequest request) {
		return this.pages.mediaTypeNotAcceptable(request);
	}

	private ProblemDetail problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		Throwable error = (request.getAttribute(MalformedRequest.REJECTED) instanceof Throwable rejected) ? rejected
				: this.attributes.getError(new ServletWebRequest(request));
		MalformedRequest refusal = MalformedRequest.of(error);
		if (refusal != null) {
			return Problems.of(refusal.status(), refusal.code(), text(refusal.code(), null));
		}
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			// every turn taken for longer than the registry lets a request wait
			// (RequestAdmission)
			return Problems.of(status, "error.busy", text("error.busy", null));
		}
		if (status.is5xxServerError()) {
			return Problems.of(status, "error.unexpected", text("error.unexpected", null));
		}
		String code = "error.http-" + status.value();
		String detail = (error instanceof ErrorResponse response && response.getStatusCode().isSameCodeAs(status))
				? response.getBody().getDetail() : null;
		return Problems.of(status, code, text(code, (detail != null) ? detail : status.getReasonPhrase()));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private String text(String code, @Nullable String fallback) {
		return this.messages.getMessage(code, null, (fallback != null) ? fallback : code,
				LocaleContextHolder.getLocale());
	}

}
