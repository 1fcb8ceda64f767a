package org.twinningregistry.account.ui;

import org.jspecify.annotations.Nullable;

/** A change of one's own password. */
public class PasswordForm {

	private @Nullable String currentPassword;

	private @Nullable String newPassword;

	void clear() {
		this.currentPassword = null;
		this.newPassword = null;
	}

	public @Nullable String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(@Nullable String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public @Nullable String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(@Nullable String newPassword) {
		this.newPassword = newPassword;
	}

}
