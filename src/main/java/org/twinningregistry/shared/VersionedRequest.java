package org.twinningregistry.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request body that replaces a versioned record ({@code PUT}, {@code PATCH}): the
 * version it is based on comes from its {@code version} field or from the request's
 * {@code If-Match} header (an entity tag as a read's {@code ETag} gives it). The API
 * shell puts the header's version into the body before it is validated, answers 400 when
 * the two disagree, and 412 (rather than 409) when the version named by {@code If-Match}
 * is stale. An API request record opts in by implementing this (docs/architecture.md,
 * "Versions and deletes").
 *
 * @param <R> the request record itself
 */
public interface VersionedRequest<R extends VersionedRequest<R>> {

	/** The version the write is based on, if the body names one. */
	@Nullable Long version();

	/** The same request, based on the given version. */
	R withVersion(long version);

}
