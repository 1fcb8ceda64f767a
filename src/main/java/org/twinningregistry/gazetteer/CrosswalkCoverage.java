package org.twinningregistry.gazetteer;

import java.util.List;

/**
 * How much of GeoNames' first-level codes the crosswalk to ISO 3166-2 covers.
 *
 * @param codes GeoNames first-level codes read
 * @param mapped codes with an ISO 3166-2 code
 * @param unmapped the codes without one, {@code CC.code}
 * @param places places of the world gazetteer
 * @param placesMapped places whose first-level code is mapped
 */
public record CrosswalkCoverage(int codes, int mapped, List<String> unmapped, int places, int placesMapped) {

	public CrosswalkCoverage {
		unmapped = List.copyOf(unmapped);
	}

	/** Mapped codes as a share of all, 0–1. */
	public double rate() {
		return (this.codes == 0) ? 0 : (double) this.mapped / this.codes;
	}

	/** Places with an ISO subdivision as a share of all places, 0–1. */
	public double placeRate() {
		return (this.places == 0) ? 0 : (double) this.placesMapped / this.places;
	}

}
