package org.twinningregistry.reporting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.IdReference;

/**
 * An annual report as submitted.
 *
 * @param government the id of the government reporting
 * @param nothingToReport {@code true} when the government had no engagement that year
 * @param note anything it adds, optional
 * @param version when submitting a returned report again, the version it revises
 * (optional; a stale one is refused with 409)
 */
record ReportRequest(@NotBlank @Size(max = 64) @IdReference String government, @NotNull Boolean nothingToReport,
		@Nullable @Size(max = 2000) String note, @Nullable Long version) {

}
