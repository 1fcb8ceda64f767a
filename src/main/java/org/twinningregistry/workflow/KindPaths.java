package org.twinningregistry.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose {@link KindPath} methods serve every reviewed kind under the
 * kind's own path segment; {@link KindMappings} registers them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KindPaths {

	/** What comes before the kind's segment: {@code ""} for pages, {@code /api/v1}. */
	String prefix();

}
