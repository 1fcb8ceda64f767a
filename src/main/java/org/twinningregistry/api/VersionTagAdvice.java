package org.twinningregistry.api;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.twinningregistry.shared.Versioned;

/**
 * A read ({@code GET}, {@code HEAD}) of one versioned record ({@link Versioned}) sends
 * its version as a strong entity tag, {@code ETag: "3"}: what a write names in
 * {@code If-Match} ({@link IfMatchAdvice}, and every {@code DELETE}). Lists and other
 * answers carry none.
 */
@RestControllerAdvice(annotations = RestController.class)
class VersionTagAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
		HttpHeaders headers = response.getHeaders();
		if (read && body instanceof Versioned versioned && headers.getETag() == null) {
			headers.setETag(tag(versioned.version()));
		}
		return body;
	}

	/** The entity tag of a version. */
	static String tag(long version) {
		return "\"" + version + "\"";
	}

}
