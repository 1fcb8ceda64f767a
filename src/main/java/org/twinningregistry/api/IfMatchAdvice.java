package org.twinningregistry.api;

import java.lang.reflect.Type;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpMethod;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.twinningregistry.shared.ExpectedVersion;
import org.twinningregistry.shared.VersionedRequest;

/**
 * {@code If-Match} on a write ({@code PUT}, {@code PATCH}) whose body replaces a
 * versioned record ({@link VersionedRequest}): the entity tag's version becomes the
 * body's {@code version} before the body is validated (so a body without one is
 * accepted), a body naming another version is refused with 400
 * ({@code rule.version.if-match-differs}), and the request is marked so that a stale
 * version is answered 412 rather than 409 ({@link ProblemDetailsAdvice}). Without the
 * header the body's {@code version} decides, as before.
 */
@RestControllerAdvice(annotations = RestController.class)
class IfMatchAdvice extends RequestBodyAdviceAdapter {

	/** Set on a request whose version came from {@code If-Match}. */
	static final String FROM_IF_MATCH = IfMatchAdvice.class.getName() + ".fromIfMatch";

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return VersionedRequest.class.isAssignableFrom(parameter.getParameterType());
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		String ifMatch = input.getHeaders().getFirst(HttpHeaders.IF_MATCH);
		// the input is a wrapper of the request, which names the method
		HttpServletRequest servlet = (RequestContextHolder
			.getRequestAttributes() instanceof ServletRequestAttributes attributes) ? attributes.getRequest() : null;
		if (!(body instanceof VersionedRequest<?> request) || ifMatch == null || ifMatch.isBlank() || servlet == null
				|| !replaces(servlet.getMethod())) {
			return body;
		}
		ExpectedVersion expected = ExpectedVersion.of(request.version(), ifMatch);
		servlet.setAttribute(FROM_IF_MATCH, Boolean.TRUE);
		return request.withVersion(expected.value());
	}

	private static boolean replaces(String method) {
		return HttpMethod.PUT.matches(method) || HttpMethod.PATCH.matches(method);
	}

}
