package org.twinningregistry.continuity;

/**
 * A calendar date with its title in the reader's language, as pages show it.
 *
 * @param item the date
 * @param title in words
 */
public record UpcomingDate(CalendarItem item, String title) {

}
