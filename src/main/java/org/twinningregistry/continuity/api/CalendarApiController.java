package org.twinningregistry.continuity.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.continuity.CalendarItem;
import org.twinningregistry.continuity.CalendarScope;
import org.twinningregistry.continuity.CalendarText;
import org.twinningregistry.continuity.RelationshipCalendar;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.shared.BadRequestException;

/**
 * The calendar of anniversaries, term ends, renewal deadlines and report deadlines, as
 * JSON, CSV and an iCalendar feed to subscribe to.
 */
@RestController
@Tag(name = "Calendar", description = "Anniversaries, term ends, renewals and report deadlines")
class CalendarApiController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final RelationshipCalendar calendar;

	private final Gazetteer gazetteer;

	private final CalendarText text;

	CalendarApiController(RelationshipCalendar calendar, Gazetteer gazetteer, CalendarText text) {
		this.calendar = calendar;
		this.gazetteer = gazetteer;
		this.text = text;
	}

	@GetMapping("/api/v1/calendar/upcoming")
	@Operation(summary = "What is coming",
			description = "Anniversaries of signing (every five years, to the precision of the signing date), term "
					+ "ends and renewal deadlines of fixed-term agreements, and annual-report deadlines, for the "
					+ "agreements with a party in scope, by day. JSON, or CSV with format=csv.")
	ResponseEntity<?> upcoming(
			@Parameter(description = "A country (CA), a subdivision (CA-BC) or a government id; none for the "
					+ "whole registry") @RequestParam(required = false) @Nullable String scope,
			@Parameter(description = "How many days, 1 to 3660 (default 365)") @RequestParam(
					defaultValue = "365") int days,
			@Parameter(description = "The first day, YYYY-MM-DD (default today)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "json (default) or csv") @RequestParam(defaultValue = "json") String format,
			Locale locale) {
		CalendarScope parsed = CalendarScope.parse(scope, this.gazetteer);
		LocalDate start = (from != null) ? from : this.calendar.today();
		List<CalendarItem> items = this.calendar.upcoming(parsed, start, days);
		if ("csv".equalsIgnoreCase(format)) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("calendar.csv").build().toString())
				.body(CalendarCsv.write(items, this.text, locale));
		}
		if (!"json".equalsIgnoreCase(format)) {
			throw new BadRequestException("format", "error.calendar.format", format);
		}
		return ResponseEntity.ok()
			.body(CalendarResponse.of(parsed.code(), start, start.plusDays(days - 1L), items, this.text, locale));
	}

	@GetMapping("/api/v1/calendar.ics")
	@Operation(summary = "The calendar as an iCalendar feed",
			description = "RFC 5545, one all-day event per date with a stable UID, to subscribe to in Outlook or "
					+ "Google Calendar. By default from a year ago to two years ahead.")
	ResponseEntity<String> ics(
			@Parameter(description = "A country (CA), a subdivision (CA-BC) or a government id; none for the "
					+ "whole registry") @RequestParam(required = false) @Nullable String scope,
			@Parameter(description = "The first day, YYYY-MM-DD (default a year ago)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "How many days, 1 to 3660 (default 1096: three years)") @RequestParam(
					defaultValue = "1096") int days,
			Locale locale) {
		CalendarScope parsed = CalendarScope.parse(scope, this.gazetteer);
		LocalDate start = (from != null) ? from : this.calendar.today().minusYears(1);
		List<CalendarItem> items = this.calendar.upcoming(parsed, start, days);
		String name = this.text.feedName(parsed, locale);
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("calendar.ics").build().toString())
			.body(CalendarIcs.write(items, name, this.text, locale));
	}

}
