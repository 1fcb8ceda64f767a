package org.twinningregistry.account.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * New grants and sign-in permission for an account.
 *
 * @param roles its grants
 * @param enabled whether it may sign in
 * @param version the version the change is based on
 */
record AccountChange(@NotNull List<@Valid @NotNull GrantBody> roles, @NotNull Boolean enabled, @NotNull Long version) {

}
