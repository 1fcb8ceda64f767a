package org.twinningregistry.account.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.account.AccountSummary;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * An account as the administrators' form holds it: grants one per line, as
 * {@code ROLE scope} (for example {@code REVIEWER CA-BC}).
 */
public class AccountForm {

	private @Nullable String username;

	private @Nullable String password;

	private @Nullable String roles;

	private boolean enabled = true;

	private long version;

	static AccountForm empty() {
		return new AccountForm();
	}

	static AccountForm of(AccountSummary account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.roles = account.roles()
			.stream()
			.map(Grant::toString)
			.map(g -> g.replace(':', ' '))
			.collect(Collectors.joining("\n"));
		form.enabled = account.enabled();
		form.version = account.version();
		return form;
	}

	/**
	 * The grants the text names.
	 * @throws RuleViolationException naming the line of an unknown role
	 */
	List<Grant> grants() {
		List<Grant> grants = new ArrayList<>();
		List<Violation> violations = new ArrayList<>();
		String text = (this.roles != null) ? this.roles : "";
		for (String line : text.split("\\R")) {
			String[] words = line.strip().split("\\s+", 2);
			if (words[0].isEmpty()) {
				continue;
			}
			try {
				grants.add(new Grant(RegistryRole.valueOf(words[0].toUpperCase(Locale.ROOT)),
						(words.length > 1) ? words[1] : ""));
			}
			catch (IllegalArgumentException ex) {
				violations.add(Violation.of("roles", "rule.account.role.unknown", words[0]));
			}
		}
		RuleViolationException.throwIfAny(violations);
		return grants;
	}

	/**
	 * The facade names grants by position ({@code roles[2].scope}); the form shows them
	 * all in one field.
	 */
	static RuleViolationException onRolesField(RuleViolationException ex) {
		return new RuleViolationException(ex.violations()
			.stream()
			.map(v -> (v.field() != null && v.field().startsWith("roles["))
					? new Violation("roles", v.code(), v.arguments()) : v)
			.toList());
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getRoles() {
		return this.roles;
	}

	public void setRoles(@Nullable String roles) {
		this.roles = roles;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
