package org.twinningregistry.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The {@code errors} of a request that breaks Bean Validation's constraints, on its
 * body's fields or on its parameters: one entry per field (or parameter) and constraint,
 * with the code {@code rule.<constraint>} ({@code rule.notblank}, {@code rule.max},
 * {@code rule.countrycode}) and the message in the reader's language. Every constraint's
 * message template is a key of the messages ({@code {rule.id.format}},
 * {@code {jakarta.validation.constraints.Max.message}}), which the validator resolves in
 * the request's language, so no framework text reaches the reader.
 */
final class ValidationErrors {

	private final MessageSource messages;

	ValidationErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** The body's invalid fields, then its errors as a whole. */
	List<ApiError> of(BindingResult result) {
		List<ApiError> errors = new ArrayList<>(result.getFieldErrors().stream().map(this::field).toList());
		result.getGlobalErrors()
			.forEach(e -> errors.add(new ApiError(null, String.valueOf(e.getCode()), message(e), null)));
		return errors;
	}

	/** The invalid parameters (and bodies) of a handler. */
	List<ApiError> of(HandlerMethodValidationException ex) {
		List<ApiError> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String name = parameterName(result.getMethodParameter());
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				errors.add((error instanceof FieldError field) ? field(field)
						: new ApiError(name, "rule." + constraint(error), message(error), result.getArgument()));
			}
		}
		return errors;
	}

	private ApiError field(FieldError error) {
		return new ApiError(error.getField(), "rule." + String.valueOf(error.getCode()).toLowerCase(Locale.ROOT),
				message(error), error.getRejectedValue());
	}

	private String message(MessageSourceResolvable error) {
		return this.messages.getMessage(error, LocaleContextHolder.getLocale());
	}

	private static String parameterName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		return String.valueOf(parameter.getParameterName());
	}

	/** The constraint's name, the least specific of the error's codes, in lower case. */
	private static String constraint(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		String code = (codes != null && codes.length > 0) ? codes[codes.length - 1] : "invalid";
		return code.toLowerCase(Locale.ROOT);
	}

}
