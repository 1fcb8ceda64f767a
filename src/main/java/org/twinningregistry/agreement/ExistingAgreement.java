package org.twinningregistry.agreement;

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
 * A text that is blank or the id of a published agreement: a query parameter filtering by
 * an agreement ({@code ?agreement=nothing} is refused with 400, not answered with an
 * empty list).
 */
@Documented
@Constraint(validatedBy = ExistingAgreement.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ExistingAgreement {

	String message() default "{rule.agreement.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Asks the registry. */
	class Validator implements ConstraintValidator<ExistingAgreement, String> {

		private final AgreementRegistry registry;

		Validator(AgreementRegistry registry) {
			this.registry = registry;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			String id = value.strip();
			return AgreementId.isValid(id) && this.registry.find(new AgreementId(id)).isPresent();
		}

	}

}
