package org.twinningregistry.importexport.wikidata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.shared.PartialDate;

/**
 * The QuickStatements (version 1, tab-separated) commands of one agreement: "twinned
 * administrative body" (P190) from each party's item to the other's, qualified by its
 * start time (P580, the signing date at its precision) and, when it ended, its end time
 * (P582), with a reference URL (S854). A direction Wikidata has already is left out.
 */
final class QuickStatements {

	static final String TWINNED = "P190";

	private static final Pattern URL = Pattern.compile("https?://[^\\s;,\"<>]+");

	private QuickStatements() {
	}

	/**
	 * @param existing the ties Wikidata has, each as {@code item|twin} (directed)
	 * @param reference the URL to cite, or {@code null} for none
	 */
	static List<String> of(String itemA, String itemB, AgreementValues values, @Nullable String reference,
			Set<String> existing) {
		List<String> lines = new ArrayList<>(2);
		for (String[] direction : List.of(new String[] { itemA, itemB }, new String[] { itemB, itemA })) {
			if (!existing.contains(direction[0] + "|" + direction[1])) {
				lines.add(line(direction[0], direction[1], values, reference));
			}
		}
		return lines;
	}

	private static String line(String item, String twin, AgreementValues values, @Nullable String reference) {
		StringBuilder line = new StringBuilder();
		line.append(item).append('\t').append(TWINNED).append('\t').append(twin);
		line.append("\tP580\t").append(time(values.signed()));
		if (values.status() == AgreementStatus.ENDED && values.ended() != null) {
			line.append("\tP582\t").append(time(values.ended()));
		}
		if (reference != null) {
			line.append("\tS854\t\"").append(reference).append('"');
		}
		return line.toString();
	}

	/**
	 * A date as QuickStatements writes a time: {@code +1996-00-00T00:00:00Z/9} for a
	 * year, {@code /10} a month, {@code /11} a day.
	 */
	static String time(PartialDate date) {
		int precision = (date.month() == null) ? 9 : (date.day() == null) ? 10 : 11;
		return String.format(java.util.Locale.ROOT, "+%04d-%02d-%02dT00:00:00Z/%d", date.year(),
				(date.month() == null) ? 0 : date.month(), (date.day() == null) ? 0 : date.day(), precision);
	}

	/** The first web address of a source text, or {@code null}. */
	static @Nullable String firstUrl(@Nullable String source) {
		if (source == null) {
			return null;
		}
		Matcher matcher = URL.matcher(source);
		return matcher.find() ? matcher.group().replaceAll("[.)]+$", "") : null;
	}

}
