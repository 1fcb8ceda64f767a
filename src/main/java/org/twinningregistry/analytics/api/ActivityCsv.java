package org.twinningregistry.analytics.api;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import org.twinningregistry.analytics.ProvinceStatistics;
import org.twinningregistry.analytics.RelationshipActivity;
import org.twinningregistry.analytics.StatisticsDefinitions;

/**
 * The activity grid and the province view as CSV, in the long form of
 * {@link StatisticsCsv}: a relationship is keyed {@code home/partner}, a year is the
 * subkey.
 */
final class ActivityCsv {

	private ActivityCsv() {
	}

	static String of(StatisticsDefinitions at, List<RelationshipActivity> rows) {
		return StatisticsCsv.write(out -> {
			StatisticsCsv.head(out, at.asOf().toString(), at.window());
			rows(out, rows);
		});
	}

	static String of(ProvinceStatistics s) {
		return StatisticsCsv.write(out -> {
			StatisticsCsv.head(out, s.asOf().toString(), s.window());
			out.printRecord("relationships", "", "", s.relationships());
			out.printRecord("active", "", "", s.active());
			out.printRecord("dormant", "", "", s.dormant());
			out.printRecord("frequency", "", "", s.frequency());
			for (var p : s.partners()) {
				out.printRecord("partners.relationships", p.country(), "", p.relationships());
				out.printRecord("partners.active", p.country(), "", p.active());
			}
			rows(out, s.activity());
		});
	}

	/**
	 * A name as a spreadsheet shows it without running it: one that starts like a formula
	 * ({@code = + - @}, a tab or a carriage return) gets a leading apostrophe, which
	 * spreadsheets take as "text" and hide. Names are typed by reporters and curators;
	 * the CSV is downloaded by the public.
	 */
	static String inert(String name) {
		return (!name.isEmpty() && "=+-@\t\r".indexOf(name.charAt(0)) >= 0) ? "'" + name : name;
	}

	private static void rows(CSVPrinter out, List<RelationshipActivity> rows) throws IOException {
		for (RelationshipActivity r : rows) {
			String key = r.home() + "/" + r.partner();
			out.printRecord("activity.homeName", key, "", inert(r.homeName()));
			out.printRecord("activity.partnerName", key, "", inert(r.partnerName()));
			out.printRecord("activity.partnerCountry", key, "", r.partnerCountry());
			for (var year : r.substantive().entrySet()) {
				out.printRecord("activity.substantive", key, year.getKey(), year.getValue());
			}
			for (var year : r.greetings().entrySet()) {
				out.printRecord("activity.greetings", key, year.getKey(), year.getValue());
			}
			out.printRecord("activity.frequency", key, "", r.frequency());
			out.printRecord("activity.active", key, "", r.active());
		}
	}

}
