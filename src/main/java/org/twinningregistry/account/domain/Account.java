package org.twinningregistry.account.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;

/** A person's or machine's account: a user name, a password hash and role grants. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled = true;

	/** Whether the password was given by someone else and must be replaced first. */
	@Column(name = "password_change_required")
	private boolean passwordChangeRequired;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	private List<RoleGrant> roles = new ArrayList<>();

	@Version
	private @Nullable Long version;

	protected Account() {
		this.username = "";
		this.passwordHash = "";
	}

	/** An account with a password its holder chose (an operator's bootstrap setting). */
	public Account(String username, String passwordHash, List<RoleGrant> roles) {
		this(username, passwordHash, roles, false);
	}

	/**
	 * An account; {@code passwordChangeRequired} when its password was given by someone
	 * else (an administrator, or generated), so that its holder must replace it before
	 * doing anything else.
	 */
	public Account(String username, String passwordHash, List<RoleGrant> roles, boolean passwordChangeRequired) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.roles = new ArrayList<>(roles);
		this.passwordChangeRequired = passwordChangeRequired;
	}

	public long id() {
		return (this.id != null) ? this.id : 0;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	/** Replaces the grants and whether the account may sign in. */
	public void change(List<Grant> grants, boolean enabled) {
		this.roles.clear();
		grants.forEach(g -> this.roles.add(new RoleGrant(g.role(), g.scope())));
		this.enabled = enabled;
	}

	/** The holder's own new password: it no longer needs changing. */
	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = false;
	}

	/** Whether the holder must choose their own password before anything else. */
	public boolean passwordChangeRequired() {
		return this.passwordChangeRequired;
	}

	public String username() {
		return this.username;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public boolean enabled() {
		return this.enabled;
	}

	public List<RoleGrant> roles() {
		return List.copyOf(this.roles);
	}

	/** The role grants as Spring Security authorities. */
	public List<Grant> grants() {
		return this.roles.stream().map(r -> new Grant(r.role(), r.scope())).toList();
	}

	/**
	 * A role held within a scope (a country, subdivision or government code; empty for
	 * everywhere).
	 */
	@jakarta.persistence.Embeddable
	public record RoleGrant(@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) RegistryRole role,
			String scope) {

	}

}
