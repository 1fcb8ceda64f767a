package org.twinningregistry.gazetteer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.domain.PlaceMerge.Candidate;

/**
 * Reads the shipped Who's On First extract into the merge (see
 * {@code gazetteer/SOURCE.md}): rows of wof_id, name, placetype, country, latitude,
 * longitude, parent_id, geonameid, wikidata, English name, Latin names ({@code |}),
 * native name, region_id, containing places first. A row that is a held GeoNames place
 * (by GeoNames id, else by name and distance) completes it; any other is a new place,
 * filed under the ISO subdivision of its region, and handed on at once.
 */
public final class WofPlaces {

	static final String SOURCE = "wof";

	private static final Map<String, PlaceKind> KINDS = Map.of("region", PlaceKind.FIRST_LEVEL, "dependency",
			PlaceKind.FIRST_LEVEL, "macrocounty", PlaceKind.SECOND_LEVEL, "county", PlaceKind.SECOND_LEVEL,
			"localadmin", PlaceKind.MUNICIPALITY, "locality", PlaceKind.POPULATED_PLACE, "borough",
			PlaceKind.CITY_DISTRICT, "macrohood", PlaceKind.CITY_DISTRICT, "neighbourhood", PlaceKind.CITY_DISTRICT);

	private final PlaceMerge merge;

	/** The key each row became, by Who's On First id: parents and regions. */
	private final Map<Long, String> keys = new HashMap<>();

	private final Map<Long, PlaceRecord> regions = new HashMap<>();

	private final SubdivisionCrosswalk crosswalk;

	public WofPlaces(PlaceMerge merge, SubdivisionCrosswalk crosswalk) {
		this.merge = merge;
		this.crosswalk = crosswalk;
	}

	public void row(String[] f) {
		PlaceKind kind = KINDS.get(f[2]);
		if (f.length < 13 || kind == null || f[4].isEmpty() || f[5].isEmpty()) {
			return;
		}
		long wofId = Long.parseLong(f[0]);
		Long geonameId = f[7].isEmpty() ? null : Long.valueOf(f[7]);
		double lat = Double.parseDouble(f[4]);
		double lon = Double.parseDouble(f[5]);
		PlaceRecord region = f[12].isEmpty() ? null : this.regions.get(Long.valueOf(f[12]));
		if (region != null && !region.country.equals(f[3])) {
			// a place filed under another country's region (Hungary's Nagylak under
			// Romania's
			// Arad): its own country's first-level code, from GeoNames, places it instead
			region = null;
		}
		List<String> names = names(f);
		Candidate candidate = new Candidate(geonameId, f[3], names, (region != null) ? region.subdivision : null, lat,
				lon);
		PlaceRecord same = this.merge.same(candidate, kind.administrative(),
				kind.administrative() ? PlaceMerge.SAME_UNIT_KM : PlaceMerge.SAME_PLACE_KM);
		PlaceRecord place = (same != null) ? complete(same, f, names, lat, lon) : added(f, kind, names, region);
		this.keys.put(wofId, place.key);
		if (kind == PlaceKind.FIRST_LEVEL) {
			if (place.subdivision == null) {
				// a region the crosswalk does not map, named as ISO names it
				place.subdivision = this.crosswalk.isoNamed(f[3], names);
				place.isoCode = place.subdivision;
			}
			this.regions.put(wofId, place);
		}
	}

	private PlaceRecord complete(PlaceRecord held, String[] f, List<String> names, double lat, double lon) {
		held.source(SOURCE);
		if (held.wikidata == null && !f[8].isEmpty()) {
			held.wikidata = f[8];
		}
		if (held.nativeName == null && !f[11].isEmpty()) {
			held.nativeName = f[11];
		}
		if (!held.hasCoordinates()) {
			held.at(lat, lon);
		}
		names.forEach(held::alternate);
		this.merge.index(held);
		return held;
	}

	private PlaceRecord added(String[] f, PlaceKind kind, List<String> names, @Nullable PlaceRecord region) {
		boolean geonames = !f[7].isEmpty();
		PlaceRecord place = new PlaceRecord(geonames ? PlaceRecordKeys.geonames(f[7]) : "wof:" + f[0], kind, f[3], f[1],
				SOURCE);
		if (geonames) {
			place.geonameId = Long.valueOf(f[7]);
		}
		place.wikidata = f[8].isEmpty() ? null : f[8];
		place.nativeName = f[11].isEmpty() ? null : f[11];
		place.at(Double.parseDouble(f[4]), Double.parseDouble(f[5]));
		names.forEach(place::alternate);
		if (region != null) {
			place.subdivision = region.subdivision;
			place.admin1 = region.admin1;
		}
		place.parent = f[6].isEmpty() ? null : this.keys.get(Long.valueOf(f[6]));
		if (kind == PlaceKind.FIRST_LEVEL) {
			// a region GeoNames lacks: held, so that the places under it find it
			this.merge.hold(place);
		}
		else {
			this.merge.write(place);
		}
		return place;
	}

	private static List<String> names(String[] f) {
		List<String> names = new ArrayList<>(4);
		names.add(f[1]);
		if (!f[9].isEmpty()) {
			names.add(f[9]);
		}
		if (!f[10].isEmpty()) {
			names.addAll(List.of(f[10].split("\\|")));
		}
		return names;
	}

}
