package org.twinningregistry.continuity;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.shared.PartialDate;

/**
 * A date that is coming (or came, in a window that starts in the past).
 *
 * @param uid a key that stays the same from one reading to the next, so that a subscribed
 * calendar updates the event instead of adding it again
 * @param type what it marks
 * @param date the date, to the precision known: an anniversary of an agreement signed
 * "2010-07" is "2020-07"
 * @param day the first day of {@code date}, for ordering and for calendars
 * @param years for an anniversary, how many years
 * @param agreement the agreement, for all but report deadlines
 * @param reportingYear for a report deadline, the reporting year
 */
public record CalendarItem(String uid, CalendarItemType type, PartialDate date, LocalDate day, @Nullable Integer years,
		@Nullable AgreementSummary agreement, @Nullable Integer reportingYear) {

	/** The parties of its agreement, none for a report deadline. */
	public List<AgreementParty> parties() {
		return (this.agreement != null) ? List.of(this.agreement.partyA(), this.agreement.partyB()) : List.of();
	}

}
