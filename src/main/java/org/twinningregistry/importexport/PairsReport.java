package org.twinningregistry.importexport;

import java.util.List;

/**
 * What reconciling a pairs list found: counts and one entry per row.
 *
 * @param rows data rows read
 * @param placed rows with both places found
 * @param ambiguous rows a curator must settle
 * @param duplicates rows repeating an earlier one
 * @param unplaced rows with a country or place not found
 * @param entries one per row, in file order
 */
public record PairsReport(int rows, int placed, int ambiguous, int duplicates, int unplaced, List<PairsRow> entries) {

	public PairsReport {
		entries = List.copyOf(entries);
	}

	public static PairsReport of(List<PairsRow> entries) {
		return new PairsReport(entries.size(), count(entries, PairStatus.PLACED), count(entries, PairStatus.AMBIGUOUS),
				count(entries, PairStatus.DUPLICATE), count(entries, PairStatus.UNPLACED), entries);
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
