package org.twinningregistry.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Maps a handler method of a {@link KindPaths} controller once for every reviewed kind,
 * under {@code <prefix>/<segment>/{id}<value>} ({@code POST /agreements/{id}/submit},
 * {@code POST /engagements/{id}/submit}, …): the mappings are those of each kind, as if
 * written out, so that security, the API's documentation and the authorization matrix see
 * every path.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KindPath {

	/** The HTTP method. */
	RequestMethod method();

	/** The path after the record's ({@code /submit}). */
	String value();

}
