package org.twinningregistry.account.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An account to create.
 *
 * @param username the name it signs in with
 * @param password at least 12 characters
 * @param roles its grants
 */
record AccountRequest(@NotBlank String username, @NotBlank String password,
		@NotNull List<@Valid @NotNull GrantBody> roles) {

}
