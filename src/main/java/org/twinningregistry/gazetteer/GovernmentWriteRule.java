package org.twinningregistry.gazetteer;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Who may write which government, decided once for every path that writes one (a form,
 * the API, an import's batch, a pairs commit): any curator may add a government (partner
 * governments abroad included); changing or deleting one needs a curator of its country,
 * and a change that moves it to another country a curator of that one too. The caller's
 * roles come from the accounts module's {@link GovernmentPermissions}, looked up when
 * asked (the accounts module depends on the gazetteer).
 */
final class GovernmentWriteRule {

	private final ObjectProvider<GovernmentPermissions> permissions;

	GovernmentWriteRule(ObjectProvider<GovernmentPermissions> permissions) {
		this.permissions = permissions;
	}

	/**
	 * Throws unless the caller may add governments, and so write to the gazetteer at all
	 * (any curator).
	 */
	void requireCurator(String what) {
		GovernmentPermissions caller = this.permissions.getObject();
		caller.require(caller.mayAddGovernments(), what);
	}

	/**
	 * Throws unless the caller may change a government of {@code storedCountry} into the
	 * values (of their own country).
	 */
	void requireChange(GovernmentId id, String storedCountry, GovernmentValues values) {
		GovernmentPermissions caller = this.permissions.getObject();
		boolean allowed = caller.mayManageGovernments(storedCountry) && caller.mayManageGovernments(values.country());
		String moved = storedCountry.equalsIgnoreCase(values.country()) ? "" : " to " + values.country();
		caller.require(allowed, "change government " + id.value() + " of " + storedCountry + moved);
	}

	/** Throws unless the caller may delete a government of the country. */
	void requireDelete(GovernmentId id, String country) {
		GovernmentPermissions caller = this.permissions.getObject();
		caller.require(caller.mayManageGovernments(country), "delete government " + id.value() + " of " + country);
	}

}
