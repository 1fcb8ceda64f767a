package org.twinningregistry.reporting.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.twinningregistry.reporting.Completeness;
import org.twinningregistry.reporting.Completeness.JurisdictionCompleteness;
import org.twinningregistry.reporting.Completeness.MissingGovernment;

/**
 * Completeness as CSV: one row per jurisdiction, the year's period and deadline repeated
 * on each, the missing governments' ids separated by spaces.
 */
final class CompletenessCsv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader("year", "periodStart", "periodEnd", "deadline", "jurisdiction", "name", "expected", "submitted",
				"onTime", "approved", "missing")
		.get();

	private CompletenessCsv() {
	}

	static String of(Completeness c) {
		StringWriter text = new StringWriter();
		try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
			for (JurisdictionCompleteness j : c.jurisdictions()) {
				out.printRecord(c.year(), c.period().start(), c.period().end(), c.deadline(), j.code(), j.name(),
						j.expected(), j.submitted(), j.onTime(), j.approved(),
						j.missing().stream().map(MissingGovernment::id).collect(Collectors.joining(" ")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

}
