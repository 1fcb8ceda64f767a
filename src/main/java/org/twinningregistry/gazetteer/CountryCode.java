package org.twinningregistry.gazetteer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text that is blank or an ISO 3166-1 alpha-2 country code the registry knows, in any
 * case ({@code CA}, {@code kr}): a query parameter naming a country
 * ({@code ?country=Canada} is refused with 400, not answered with an empty list).
 */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

	String message() default "{rule.country.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Asks the gazetteer's code list. */
	class Validator implements ConstraintValidator<CountryCode, String> {

		private final Gazetteer gazetteer;

		Validator(Gazetteer gazetteer) {
			this.gazetteer = gazetteer;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || this.gazetteer.isCountry(value.strip().toUpperCase(Locale.ROOT));
		}

	}

}
