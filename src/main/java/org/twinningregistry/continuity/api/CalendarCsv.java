package org.twinningregistry.continuity.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.continuity.CalendarItem;
import org.twinningregistry.continuity.CalendarText;

/**
 * The calendar as CSV (RFC 4180, a header row): one date a row. A name or title that
 * begins like a spreadsheet formula is written with a leading apostrophe, as the
 * statistics' CSV does, so that the download never runs as one.
 */
final class CalendarCsv {

	static final String[] HEADER = { "uid", "type", "date", "day", "years", "agreement", "partyA", "partyAName",
			"partyB", "partyBName", "reportingYear", "title" };

	private CalendarCsv() {
	}

	static String write(List<CalendarItem> items, CalendarText text, Locale locale) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord((Object[]) HEADER);
			for (CalendarItem item : items) {
				AgreementSummary agreement = item.agreement();
				csv.printRecord(item.uid(), item.type(), item.date(), item.day(), item.years(),
						(agreement != null) ? agreement.id().value() : null,
						(agreement != null) ? agreement.partyA().id().value() : null,
						(agreement != null) ? safe(agreement.partyA().name()) : null,
						(agreement != null) ? agreement.partyB().id().value() : null,
						(agreement != null) ? safe(agreement.partyB().name()) : null, item.reportingYear(),
						safe(text.title(item, locale)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static @Nullable String safe(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return ("=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
