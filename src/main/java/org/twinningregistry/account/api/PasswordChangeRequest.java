package org.twinningregistry.account.api;

import jakarta.validation.constraints.NotNull;

/**
 * A change of the caller's own password.
 *
 * @param currentPassword the password the account signs in with now
 * @param newPassword the one it will sign in with: 12 to 128 characters, not easily
 * guessed, not the current one
 */
record PasswordChangeRequest(@NotNull String currentPassword, @NotNull String newPassword) {

}
