package org.twinningregistry.importexport.pairs;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What reconciling a pairs list found: counts of every row, and one entry per row for the
 * first rows ({@code registry.import.max-reported-pairs}).
 *
 * @param rows data rows read
 * @param placed rows with both places found
 * @param ambiguous rows a curator must settle
 * @param duplicates rows repeating an earlier one
 * @param unplaced rows with a country or place not found
 * @param entries one per row, in file order: the first rows when there are more
 * @param omittedEntries how many rows there are beyond those listed
 */
public record PairsReport(int rows, int placed, int ambiguous, int duplicates, int unplaced, List<PairsRow> entries,
		int omittedEntries) {

	public PairsReport {
		entries = List.copyOf(entries);
	}

	/** The report of every row, listing them all. */
	public static PairsReport of(List<PairsRow> entries) {
		return of(entries, entries.size(), row -> row);
	}

	/**
	 * The report of every row, listing the first ones.
	 * @param listed how many rows to list at most
	 * @param explain what to make of a listed row (its reason put in words)
	 */
	public static PairsReport of(List<PairsRow> entries, int listed, UnaryOperator<PairsRow> explain) {
		List<PairsRow> first = entries.stream().limit(listed).map(explain).toList();
		return new PairsReport(entries.size(), count(entries, PairStatus.PLACED), count(entries, PairStatus.AMBIGUOUS),
				count(entries, PairStatus.DUPLICATE), count(entries, PairStatus.UNPLACED), first,
				entries.size() - first.size());
	}

	/** Placed rows as a share of the rows that are not duplicates, 0–1. */
	public double placementRate() {
		int distinct = this.rows - this.duplicates;
		return (distinct == 0) ? 0 : (double) this.placed / distinct;
	}

	private static int count(List<PairsRow> entries, PairStatus status) {
		return (int) entries.stream().filter(e -> e.status() == status).count();
	}

}
