package org.twinningregistry.api;

import java.util.List;
import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.ContentTooLargeException;
import org.twinningregistry.shared.InvalidTextException;
import org.twinningregistry.shared.MalformedInputException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PreconditionFailedException;
import org.twinningregistry.shared.PreconditionRequiredException;
import org.twinningregistry.shared.ProblemTypes;
import org.twinningregistry.shared.RegistryException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.ServiceBusyException;

/**
 * Turns every failure of an API endpoint into RFC 9457 problem details: a stable
 * {@code type} per code, a {@code code} property and, for invalid input, {@code errors}
 * with one entry per invalid field. Unexpected failures are logged once and answered
 * without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final Map<Class<? extends RegistryException>, HttpStatus> STATUSES = Map.of(NotFoundException.class,
			HttpStatus.NOT_FOUND, ConflictException.class, HttpStatus.CONFLICT, PreconditionRequiredException.class,
			HttpStatus.PRECONDITION_REQUIRED, PreconditionFailedException.class, HttpStatus.PRECONDITION_FAILED,
			MalformedInputException.class, HttpStatus.BAD_REQUEST, ContentTooLargeException.class,
			HttpStatus.CONTENT_TOO_LARGE, ServiceBusyException.class, HttpStatus.SERVICE_UNAVAILABLE);

	private static final String STALE = "error.stale-version";

	private final MessageSource messages;

	private final ValidationErrors validation;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
		this.validation = new ValidationErrors(messages);
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolation(RuleViolationException ex) {
		return withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, ex), ex);
	}

	/**
	 * Malformed input named field by field: a refused character in a text, query
	 * parameters an endpoint does not take or out of range.
	 */
	@ExceptionHandler({ InvalidTextException.class, InvalidParametersException.class })
	ProblemDetail invalidText(RuleViolationException ex) {
		return withErrors(problem(HttpStatus.BAD_REQUEST, "error.invalid-input", text("error.invalid-input")), ex);
	}

	private ProblemDetail withErrors(ProblemDetail problem, RuleViolationException ex) {
		problem.setProperty("errors",
				ex.violations()
					.stream()
					.map(v -> new ApiError(v.field(), v.code(), text(v.code(), v.argumentArray()), null))
					.toList());
		return problem;
	}

	/**
	 * The failures answered by their status and code alone: an unknown record (404), a
	 * conflict with its state (409), a missing or stale {@code If-Match} (428, 412; a
	 * stale version a write's {@code If-Match} named, {@link IfMatchAdvice}), input that
	 * cannot be read at all (400), beyond a limit (413), or a busy registry (503).
	 */
	@ExceptionHandler({ NotFoundException.class, ConflictException.class, PreconditionRequiredException.class,
			PreconditionFailedException.class, MalformedInputException.class, ContentTooLargeException.class,
			ServiceBusyException.class })
	ProblemDetail refused(RegistryException ex, WebRequest request) {
		if (ex instanceof ConflictException && STALE.equals(ex.code())
				&& request.getAttribute(IfMatchAdvice.FROM_IF_MATCH, RequestAttributes.SCOPE_REQUEST) != null) {
			// the version came from If-Match: the precondition failed
			return problem(HttpStatus.PRECONDITION_FAILED, ex);
		}
		return problem(STATUSES.entrySet()
			.stream()
			.filter(status -> status.getKey().isInstance(ex))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(HttpStatus.INTERNAL_SERVER_ERROR), ex);
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input", text("error.invalid-input"));
		problem.setProperty("errors",
				List.of(new ApiError(ex.parameter(), ex.code(), text(ex.code(), ex.arguments()), null)));
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "error.concurrent-change", text("error.concurrent-change"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.warn("Integrity violation: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "error.integrity", text("error.integrity"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input", text("error.invalid-input"));
		problem.setProperty("errors", List.of(new ApiError(ex.getName(), "rule.format",
				text("rule.format.parameter", ex.getName()), String.valueOf(ex.getValue()))));
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input", text("error.invalid-input"));
		problem.setProperty("errors",
				List.of(new ApiError(null, "rule.format", String.valueOf(ex.getMessage()), null)));
		return problem;
	}

	/**
	 * A request that cannot be read (a malformed percent-encoding, which the container
	 * reports when a parameter is first read, or a broken multipart body): the client's
	 * fault, so 400 and a DEBUG line, not a logged failure.
	 */
	@ExceptionHandler({ InvalidParameterException.class, MultipartException.class })
	ResponseEntity<Object> malformed(Exception ex) {
		MalformedRequest refusal = MalformedRequest.of(ex);
		if (refusal == null) {
			return Problems.answer(unexpected(ex));
		}
		log.debug("Refused a malformed API request: {}", ex.toString());
		return Problems.answer(Problems.of(refusal.status(), refusal.code(), text(refusal.code())));
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class })
	void accessDenied(RuntimeException ex) {
		// Spring Security's filter answers 401 or 403 with problem details.
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure of an API request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", text("error.unexpected"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input", text("error.invalid-input"));
		problem.setProperty("errors", this.validation.of(ex.getBindingResult()));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Parameters that break their constraints ({@code @Min}, {@code @CountryCode}, …):
	 * one {@code errors} entry per parameter and constraint, in the reader's language.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.isForReturnValue()) {
			return Problems.answer(unexpected(ex));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input", text("error.invalid-input"));
		problem.setProperty("errors", this.validation.of(ex));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.unreadable", text("error.unreadable"));
		String field = JsonPaths.fieldOf(ex);
		if (field != null) {
			problem.setProperty("errors",
					List.of(new ApiError(field, "rule.format", text("rule.format.field", field), null)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getProperties() == null) {
				String code = "error.http-" + statusCode.value();
				problem.setType(ProblemTypes.of(code));
				problem.setProperty("code", code);
			}
			// problem details whatever the client accepts (a 406 included), not an empty
			// body
			HttpHeaders problemHeaders = new HttpHeaders(headers);
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return super.createResponseEntity(body, problemHeaders, statusCode, request);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, RegistryException ex) {
		return problem(status, ex.code(), text(ex.code(), ex.arguments()));
	}

	private ProblemDetail problem(HttpStatus status, String code, String detail) {
		return Problems.of(status, code, detail);
	}

	private String text(String code, Object... arguments) {
		Object[] resolved = java.util.Arrays.stream(arguments).map(this::resolveKey).toArray();
		return this.messages.getMessage(code, resolved, code, LocaleContextHolder.getLocale());
	}

	private Object resolveKey(Object argument) {
		if (argument instanceof String key && key.startsWith("kind.")) {
			return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
		}
		return argument;
	}

}
