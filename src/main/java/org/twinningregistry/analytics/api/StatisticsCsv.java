package org.twinningregistry.analytics.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.twinningregistry.analytics.BilateralStatistics;
import org.twinningregistry.analytics.CountryStatistics;
import org.twinningregistry.analytics.GovernmentScorecard;

/**
 * The statistics as CSV, in long form: one figure a row ({@code measure}, {@code key},
 * {@code subkey}, {@code value}), so that every part of a JSON answer has its place in
 * one table.
 */
final class StatisticsCsv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader("measure", "key", "subkey", "value")
		.get();

	private StatisticsCsv() {
	}

	static String of(CountryStatistics s) {
		return write(out -> {
			head(out, s.asOf().toString(), s.window());
			out.printRecord("relationships", "", "", s.relationships());
			out.printRecord("partnerCountries", "", "", s.partnerCountries());
			for (var type : s.byType().entrySet()) {
				out.printRecord("byType", type.getKey(), "", type.getValue());
			}
			for (var p : s.partners()) {
				out.printRecord("partners.relationships", p.country(), "", p.relationships());
				out.printRecord("partners.agreements", p.country(), "", p.agreements());
				out.printRecord("partners.rank", p.country(), "", p.rank());
			}
			for (var d : s.bySubdivision()) {
				out.printRecord("bySubdivision.relationships", d.subdivision(), "", d.relationships());
			}
			for (var y : s.newPerYear()) {
				out.printRecord("newPerYear", y.year(), "", y.count());
				for (var p : y.byPartner().entrySet()) {
					out.printRecord("newPerYear.byPartner", y.year(), p.getKey(), p.getValue());
				}
			}
		});
	}

	static String of(BilateralStatistics s) {
		return write(out -> {
			head(out, s.asOf().toString(), s.window());
			out.printRecord("relationships", "", "", s.relationships());
			out.printRecord("active", "", "", s.active());
			out.printRecord("dormant", "", "", s.dormant());
			out.printRecord("frequency", "", "", s.frequency());
			for (var d : s.bySubdivision()) {
				out.printRecord("bySubdivision.relationships", d.subdivision(), "", d.relationships());
				out.printRecord("bySubdivision.active", d.subdivision(), "", d.active());
				out.printRecord("bySubdivision.frequency", d.subdivision(), "", d.frequency());
			}
			for (var c : s.categories()) {
				out.printRecord("categories.count", c.category(), "", c.count());
				for (var o : c.byOrigin().entrySet()) {
					out.printRecord("categories.byOrigin", c.category(), o.getKey(), o.getValue());
				}
			}
			for (String id : s.dormantAgreements()) {
				out.printRecord("dormantAgreements", id, "", "");
			}
		});
	}

	static String of(GovernmentScorecard s) {
		return write(out -> {
			head(out, s.asOf().toString(), s.window());
			for (var a : s.agreements()) {
				out.printRecord("agreements.partner", a.agreement(), "", a.partner());
				out.printRecord("agreements.type", a.agreement(), "", a.type());
				out.printRecord("agreements.signed", a.agreement(), "", a.signed());
				out.printRecord("agreements.current", a.agreement(), "", a.current());
				out.printRecord("agreements.age", a.agreement(), "", a.age());
				out.printRecord("agreements.lastEngagementYear", a.agreement(), "",
						(a.lastEngagementYear() != null) ? a.lastEngagementYear() : "");
				out.printRecord("agreements.frequency", a.agreement(), "", a.frequency());
				out.printRecord("agreements.active", a.agreement(), "", a.active());
			}
			for (var c : s.categories().entrySet()) {
				out.printRecord("categories", c.getKey(), "", c.getValue());
			}
			for (var d : s.direction().entrySet()) {
				out.printRecord("direction", d.getKey(), "", d.getValue());
			}
		});
	}

	static void head(CSVPrinter out, String asOf, int window) throws IOException {
		out.printRecord("asOf", "", "", asOf);
		out.printRecord("window", "", "", window);
	}

	static String write(Rows rows) {
		StringWriter text = new StringWriter();
		try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
			rows.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	@FunctionalInterface
	interface Rows {

		void write(CSVPrinter out) throws IOException;

	}

}
