package org.twinningregistry.continuity.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.twinningregistry.continuity.CalendarItem;
import org.twinningregistry.continuity.CalendarText;

/**
 * The calendar as an iCalendar feed (RFC 5545, written with ical4j): one all-day event
 * per date, free time (it blocks nobody's day), keyed by the item's stable UID so that a
 * subscribed calendar (Outlook, Google Calendar) updates its events instead of adding
 * them again. A date known only to the month or year is an event on its first day, and
 * says so.
 */
final class CalendarIcs {

	private CalendarIcs() {
	}

	static String write(List<CalendarItem> items, String name, CalendarText text, Locale locale) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Twinning Registry//Calendar//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		for (CalendarItem item : items) {
			VEvent event = new VEvent(item.day(), item.day().plusDays(1), text.title(item, locale));
			event.add(new Uid(item.uid()));
			event.add(ImmutableTransp.TRANSPARENT);
			event.add(new Categories(item.type().name()));
			if (item.date().precision() != org.twinningregistry.shared.PartialDate.Precision.DAY) {
				event.add(new Description(text.precision(item, locale)));
			}
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
