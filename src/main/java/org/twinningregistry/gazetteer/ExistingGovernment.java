package org.twinningregistry.gazetteer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text that is blank or the id of a government in the registry: a query parameter
 * filtering by a government ({@code ?government=nowhere} is refused with 400, not
 * answered with an empty list).
 */
@Documented
@Constraint(validatedBy = ExistingGovernment.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ExistingGovernment {

	String message() default "{rule.government.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Asks the gazetteer. */
	class Validator implements ConstraintValidator<ExistingGovernment, String> {

		private final Gazetteer gazetteer;

		Validator(Gazetteer gazetteer) {
			this.gazetteer = gazetteer;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			String id = value.strip();
			return GovernmentId.isValid(id) && this.gazetteer.find(new GovernmentId(id)).isPresent();
		}

	}

}
