package org.twinningregistry.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/**
 * A record key as the data package defines it: 1–64 letters, digits and {@code - _ . :}.
 */
@Documented
@Pattern(regexp = "[\\p{Alnum}_.:-]{1,64}")
@Constraint(validatedBy = {})
@jakarta.validation.ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordKey {

	String message() default "{rule.id.format}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
