package org.twinningregistry.continuity.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twinningregistry.continuity.CalendarScope;
import org.twinningregistry.continuity.CalendarText;
import org.twinningregistry.continuity.RelationshipCalendar;
import org.twinningregistry.continuity.UpcomingDate;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PageSection;

/**
 * What is coming, on a government's page (its next year, with links to its brief and its
 * calendar feed) and on the home page (the whole registry's next three months).
 */
@Configuration(proxyBeanMethods = false)
class UpcomingSections {

	/** How many dates the home page shows at most. */
	static final int HOME_ITEMS = 8;

	@Bean
	PageSection governmentUpcoming(RelationshipCalendar calendar, CalendarText text) {
		return new Section("government", 15, "continuity/sections :: government", (id, locale) -> new Upcoming(id,
				text.titled(calendar.upcoming(CalendarScope.of(new GovernmentId(id)), null, 365), locale)));
	}

	@Bean
	PageSection homeUpcoming(RelationshipCalendar calendar, CalendarText text) {
		return new Section("home", 20, "continuity/sections :: home",
				(id, locale) -> new Upcoming(null,
						text.titled(calendar.upcoming(CalendarScope.EVERYWHERE, null, 92), locale)
							.stream()
							.limit(HOME_ITEMS)
							.toList()));
	}

	/**
	 * What a section shows.
	 *
	 * @param government the government whose page it is on, {@code null} on the home page
	 * @param dates the dates, by day
	 */
	record Upcoming(@org.jspecify.annotations.Nullable String government, List<UpcomingDate> dates) {

	}

	/** A section of a page, its model read by a function. */
	record Section(String page, int order, String fragment,
			java.util.function.BiFunction<String, Locale, Object> read) implements PageSection {

		@Override
		public Object model(String recordId, Locale locale) {
			return this.read.apply(recordId, locale);
		}

	}

}
