package org.twinningregistry.engagement;

import org.jspecify.annotations.Nullable;

/**
 * The one definition of a <em>substantive</em> engagement (data package spec): one whose
 * form is not {@link EngagementForm#CORRESPONDENCE}; an engagement without a form counts
 * as substantive. A greeting letter or video alone does not keep a relationship alive
 * (statistics) nor meets a planned activity (fulfilment).
 */
public final class SubstantiveRule {

	/**
	 * The same rule as a SQL condition on the {@code engagement} table aliased {@code e},
	 * for figures computed in the database.
	 */
	public static final String SQL = "(e.form IS NULL OR e.form <> 'CORRESPONDENCE')";

	private SubstantiveRule() {
	}

	/** Whether an engagement of this form (or none) is substantive. */
	public static boolean isSubstantive(@Nullable EngagementForm form) {
		return form == null || form != EngagementForm.CORRESPONDENCE;
	}

}
