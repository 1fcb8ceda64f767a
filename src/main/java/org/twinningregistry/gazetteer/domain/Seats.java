package org.twinningregistry.gazetteer.domain;

import java.util.HashMap;
import java.util.Map;

import org.twinningregistry.gazetteer.PlaceNames;

/**
 * Where a division without a point of its own lies: at its seat (GeoNames' {@code PPLA}
 * or {@code PPLA2} place), else at a place of its name within it, else at the
 * population-weighted centre of the places filed under it.
 */
final class Seats {

	private final Map<String, PlaceRecord> seats = new HashMap<>();

	private final Map<String, double[]> sums = new HashMap<>();

	void seat(String code, PlaceRecord place) {
		this.seats.putIfAbsent(code, place);
	}

	/** Counts a place towards the centres of its first- and second-level divisions. */
	void count(PlaceRecord place) {
		if (!place.hasCoordinates() || place.admin1.isEmpty()) {
			return;
		}
		add(place.admin1, place);
		if (place.admin2 != null) {
			add(place.admin1 + "." + place.admin2, place);
		}
	}

	private void add(String code, PlaceRecord place) {
		double weight = Math.max(1, place.population);
		double[] sum = this.sums.computeIfAbsent(code, c -> new double[4]);
		sum[0] += place.latitude * weight;
		// longitudes as a unit vector, so that a division across the antimeridian
		// (Chukotka, Fiji) is not centred on the other side of the world
		sum[1] += Math.cos(Math.toRadians(place.longitude)) * weight;
		sum[2] += Math.sin(Math.toRadians(place.longitude)) * weight;
		sum[3] += weight;
	}

	void locate(String code, PlaceRecord division, PlaceMerge merge) {
		PlaceRecord seat = this.seats.get(code);
		if (seat == null) {
			seat = namesake(division, merge);
		}
		if (seat != null && seat.hasCoordinates()) {
			division.at(seat.latitude, seat.longitude);
			return;
		}
		double[] sum = this.sums.get(code);
		if (sum != null && sum[3] > 0) {
			division.at(sum[0] / sum[3], Math.toDegrees(Math.atan2(sum[2], sum[1])));
		}
	}

	/**
	 * A populated place of the division's name (once kind words are dropped) inside it.
	 */
	private static PlaceRecord namesake(PlaceRecord division, PlaceMerge merge) {
		for (String name : division.names()) {
			for (PlaceRecord place : merge.named(division.country, PlaceNames.subdivisionKey(name))) {
				if (place != division && !place.kind.administrative() && place.admin1.equals(division.admin1)
						&& place.hasCoordinates()) {
					return place;
				}
			}
		}
		return null;
	}

}
