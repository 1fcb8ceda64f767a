package org.twinningregistry.continuity;

/** What a date of the calendar marks. */
public enum CalendarItemType {

	/** Five, ten, fifteen… years since an agreement was signed. */
	ANNIVERSARY,

	/** The last day of a fixed-term agreement's current term. */
	TERM_END,

	/**
	 * When the decision to renew a fixed-term agreement is due:
	 * {@code registry.continuity.renewal-notice} before its term ends.
	 */
	RENEWAL_DUE,

	/** The last day on which a reporting year's annual report is on time. */
	REPORT_DEADLINE

}
