package org.twinningregistry.reporting.api;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's decision on a report: the reason (required to return it) and the version
 * reviewed (optional; a stale one is refused with 409).
 *
 * @param reason why the report is returned
 * @param version the version the reviewer saw
 */
record ReviewRequest(@Nullable @Size(max = 2000) String reason, @Nullable Long version) {

}
