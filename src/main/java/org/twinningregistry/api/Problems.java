package org.twinningregistry.api;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.twinningregistry.shared.ProblemTypes;

/** Builds the API's problem details: a stable {@code type} per {@code code}. */
final class Problems {

	/** Where the API is served; every error there is a problem detail. */
	static final String API_PATH = "/api/";

	private Problems() {
	}

	static ProblemDetail of(HttpStatusCode status, String code, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ProblemTypes.of(code));
		problem.setProperty("code", code);
		return problem;
	}

	/**
	 * The problem as the answer, {@code application/problem+json} whatever the request's
	 * {@code Accept} names: a client that accepts only, say, {@code text/html} from the
	 * API still learns what went wrong instead of an empty 406.
	 */
	static ResponseEntity<Object> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The path a problem is about, as its {@code instance}. */
	static URI instance(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return URI.create(API_PATH);
		}
	}

	/**
	 * Whether the request is for the API: on the container's error dispatch (to
	 * {@code /error}), the path that failed.
	 */
	static boolean isApi(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return isApi((failed instanceof String path) ? path : request.getRequestURI());
	}

	static boolean isApi(@Nullable String path) {
		return path != null && path.startsWith(API_PATH);
	}

}
