package org.twinningregistry.api;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request refused before any controller could read it, because it cannot be read: a
 * malformed percent-encoding or too many parameters (which the servlet container reports
 * when the parameters are first read), a multipart body without a boundary or with a
 * broken part, an address the firewall refuses. Each is the client's fault, answered with
 * its status and a stable code and logged at DEBUG, never as a failure of the registry.
 *
 * @param status the status to answer
 * @param code the problem's stable code (and message key)
 */
record MalformedRequest(HttpStatus status, String code) {

	/**
	 * The request attribute holding the firewall's refusal: the container's error
	 * dispatch keeps request attributes, and an exception attribute would make it a 500.
	 */
	static final String REJECTED = MalformedRequest.class.getName() + ".rejected";

	/** The refusal a failure stands for, or {@code null} when it is not one. */
	static @Nullable MalformedRequest of(@Nullable Throwable ex) {
		if (ex instanceof InvalidParameterException parameters) {
			return decodingFailed(parameters) ? new MalformedRequest(HttpStatus.BAD_REQUEST, "error.bad-encoding")
					: new MalformedRequest(HttpStatus.BAD_REQUEST, "error.bad-parameters");
		}
		if (ex instanceof MultipartException && !(ex instanceof MaxUploadSizeExceededException)) {
			return new MalformedRequest(HttpStatus.BAD_REQUEST, "error.bad-multipart");
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return new MalformedRequest(HttpStatus.BAD_REQUEST, "error.unreadable");
		}
		if (ex instanceof RequestRejectedException) {
			return new MalformedRequest(HttpStatus.BAD_REQUEST, "error.rejected-request");
		}
		return (ex != null && ex.getCause() != ex) ? of(ex.getCause()) : null;
	}

	private static boolean decodingFailed(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharConversionException || cause instanceof CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

}
