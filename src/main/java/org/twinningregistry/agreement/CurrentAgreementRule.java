package org.twinningregistry.agreement;

import java.time.LocalDate;
import java.util.Collection;

import org.twinningregistry.shared.PartialDate;

/**
 * The one definition of a <em>current</em> agreement (data package spec): as of a
 * reference date, it was signed on or before that date, had not ended or expired by it,
 * and had not been superseded by an agreement signed on or before it.
 * <p>
 * Dates known only to the year or month stand for a period. A signing, ending or
 * superseding counts from the <em>first</em> day of its period (an agreement signed
 * "2008" is current throughout 2008; one ended "2015" is no longer current on
 * 2015-01-01); a term runs to the <em>last</em> day of its period (a term ending "2020"
 * covers all of 2020) and the agreement is expired from the day after.
 */
public final class CurrentAgreementRule {

	/**
	 * The same rule as a SQL condition on the {@code agreement} table, for statistics
	 * computed in the database: {@code :asOf} is the reference date and {@code a} the
	 * table's alias. It reads the day columns the aggregate keeps beside the dates as
	 * given ({@code signed_on}, {@code ended_on} first days; {@code term_ends_until} a
	 * last day). {@code CurrentAgreementRuleSqlTests} checks that it agrees with
	 * {@link #isCurrent}.
	 */
	public static final String SQL = "a.signed_on <= :asOf" + " AND (a.ended_on IS NULL OR a.ended_on > :asOf)"
			+ " AND (a.term_ends_until IS NULL OR a.term_ends_until >= :asOf)"
			+ " AND (a.superseded_on IS NULL OR a.superseded_on > :asOf)";

	private CurrentAgreementRule() {
	}

	/**
	 * @param agreement the agreement's values
	 * @param supersedingSigned when each agreement that supersedes it was signed
	 * @param asOf the reference date
	 */
	public static boolean isCurrent(AgreementValues agreement, Collection<PartialDate> supersedingSigned,
			LocalDate asOf) {
		if (agreement.signed().firstDay().isAfter(asOf)) {
			return false;
		}
		if (agreement.ended() != null && !agreement.ended().firstDay().isAfter(asOf)) {
			return false;
		}
		if (agreement.termEnds() != null && asOf.isAfter(agreement.termEnds().lastDay())) {
			return false;
		}
		return supersedingSigned.stream().allMatch(signed -> signed.firstDay().isAfter(asOf));
	}

}
