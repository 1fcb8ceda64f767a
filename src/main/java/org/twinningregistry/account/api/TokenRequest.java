package org.twinningregistry.account.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A token to issue for the caller's own account.
 *
 * @param name what it is for
 * @param expiresAt when it stops working (ISO 8601 instant), or absent for never
 */
record TokenRequest(@NotBlank @Size(max = 100) String name, @Nullable Instant expiresAt) {

}
