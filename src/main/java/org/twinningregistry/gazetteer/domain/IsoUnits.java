package org.twinningregistry.gazetteer.domain;

import java.util.List;
import java.util.Map;

import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * The finer ISO 3166-2 subdivisions (England's London boroughs, metropolitan districts
 * and unitary authorities; departments, provinces…) as places: each is the held division
 * of its name in its country when there is one ("Tameside" is GeoNames' "Borough of
 * Tameside"), which then carries its ISO code; else a place of its own, filed under the
 * first-level subdivision places are filed at (GB-ENG), at the point of a place of its
 * name or of the first part of its name ("Kensington" for Kensington and Chelsea), else
 * at its parent's first-level centre.
 */
public final class IsoUnits {

	static final String SOURCE = "iso";

	private final PlaceMerge merge;

	private final IsoCodeList codes;

	private final SubdivisionCrosswalk crosswalk;

	public IsoUnits(PlaceMerge merge, IsoCodeList codes, SubdivisionCrosswalk crosswalk) {
		this.merge = merge;
		this.codes = codes;
		this.crosswalk = crosswalk;
	}

	/**
	 * Adds every nested ISO subdivision the crosswalk does not file places under.
	 * @param parents each nested code's parent code, as iso-codes gives it
	 */
	public void read(Map<String, String> parents) {
		parents.forEach((code, parent) -> {
			if (!this.crosswalk.isTarget(code)) {
				add(code, this.codes.rawSubdivisionName(code), filedUnder(parent, parents));
			}
		});
	}

	private String filedUnder(String parent, Map<String, String> parents) {
		String code = parent;
		for (int depth = 0; depth < 3 && !this.crosswalk.isTarget(code) && parents.containsKey(code); depth++) {
			code = parents.get(code);
		}
		return code;
	}

	private void add(String code, String name, String filedUnder) {
		String country = code.substring(0, 2);
		String key = PlaceNames.subdivisionKey(name);
		for (PlaceRecord held : this.merge.named(country, key)) {
			if (held.kind.administrative() && held.kind != PlaceKind.FIRST_LEVEL && held.isoCode == null) {
				held.isoCode = code;
				held.source(SOURCE);
				held.alternate(name);
				this.merge.index(held);
				return;
			}
		}
		PlaceRecord unit = new PlaceRecord("iso:" + code, PlaceKind.SECOND_LEVEL, country, name, SOURCE);
		unit.isoCode = code;
		unit.subdivision = this.crosswalk.isTarget(filedUnder) ? filedUnder : null;
		locate(unit, name);
		this.merge.hold(unit);
	}

	private void locate(PlaceRecord unit, String name) {
		for (String part : List.of(name, name.split(" and | & |-")[0])) {
			for (PlaceRecord place : this.merge.named(unit.country, PlaceNames.key(part))) {
				if (place.hasCoordinates()
						&& (unit.subdivision == null || unit.subdivision.equals(place.subdivision))) {
					unit.at(place.latitude, place.longitude);
					unit.admin1 = place.admin1;
					return;
				}
			}
		}
	}

}
