package org.twinningregistry.strategy.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.strategy.Alignment;
import org.twinningregistry.strategy.FulfilmentStatistics;
import org.twinningregistry.strategy.GovernmentFulfilment;
import org.twinningregistry.strategy.Tally;

/**
 * The fulfilment figures as CSV: one row per government, then a row of totals (its
 * government column {@code TOTAL}); purposes separated by {@code ;}. A name that starts
 * like a spreadsheet formula gets a leading apostrophe.
 */
final class FulfilmentCsv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader("year", "government", "name", "subdivision", "hasStrategy", "hasCurrentPlan", "planned", "met",
				"missed", "pending", "rate", "purposesOf", "purposes", "engagements", "aligned", "alignment")
		.get();

	private FulfilmentCsv() {
	}

	static String of(FulfilmentStatistics s) {
		StringWriter text = new StringWriter();
		try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
			for (GovernmentFulfilment g : s.governments()) {
				Tally t = g.tally();
				Alignment a = g.alignment();
				out.printRecord(s.year(), g.government().value(), inert(g.name()), g.subdivision(), g.hasStrategy(),
						g.hasCurrentPlan(), t.planned(), t.met(), t.missed(), t.pending(), blank(t.rate()),
						(a.purposesOf() != null) ? a.purposesOf().value() : "",
						String.join(";", a.purposes().stream().map(Enum::name).toList()), a.engagements(), a.aligned(),
						blank(a.share()));
			}
			FulfilmentStatistics.Totals t = s.totals();
			out.printRecord(s.year(), "TOTAL", s.scope(), "", t.withStrategy(), t.withCurrentPlan(),
					t.tally().planned(), t.tally().met(), t.tally().missed(), t.tally().pending(),
					blank(t.tally().rate()), "", "", t.engagements(), t.aligned(), blank(t.alignment()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	private static Object blank(@Nullable Double value) {
		return (value != null) ? value : "";
	}

	/** A name a spreadsheet shows without running it as a formula. */
	static String inert(String name) {
		return (!name.isEmpty() && "=+-@\t\r".indexOf(name.charAt(0)) >= 0) ? "'" + name : name;
	}

}
