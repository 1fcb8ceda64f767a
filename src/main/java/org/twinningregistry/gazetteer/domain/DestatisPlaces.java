package org.twinningregistry.gazetteer.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.domain.PlaceMerge.Candidate;

/**
 * Reads Germany's official municipality list (Destatis, dl-de/by-2-0, shipped trimmed:
 * official key, record type, text key, name, latitude, longitude, population) into the
 * merge. A municipality is the GeoNames town of its name within a few kilometres when
 * there is one (it then gains the official population and name), else a place of its own;
 * a district (Kreis) takes the population-weighted centre of its municipalities. An
 * independent city's district row is the city itself and is left out.
 */
public final class DestatisPlaces {

	static final String SOURCE = "destatis";

	/** The Länder by the first two digits of the official key. */
	private static final List<String> LAENDER = List.of("DE-SH", "DE-HH", "DE-NI", "DE-HB", "DE-NW", "DE-HE", "DE-RP",
			"DE-BW", "DE-BY", "DE-SL", "DE-BE", "DE-BB", "DE-MV", "DE-SN", "DE-ST", "DE-TH");

	private static final String INDEPENDENT_CITY = "41";

	private final PlaceMerge merge;

	private final Map<String, PlaceRecord> districts = new LinkedHashMap<>();

	private final Map<String, double[]> sums = new LinkedHashMap<>();

	public DestatisPlaces(PlaceMerge merge) {
		this.merge = merge;
	}

	public void row(String[] f) {
		if (f.length < 7) {
			return;
		}
		if ("40".equals(f[1]) && !INDEPENDENT_CITY.equals(f[2])) {
			PlaceRecord district = new PlaceRecord("destatis:" + f[0], PlaceKind.SECOND_LEVEL, "DE", shortName(f[3]),
					SOURCE);
			district.alternate(f[3]);
			district.subdivision = land(f[0]);
			this.districts.put(f[0], district);
		}
		else if ("60".equals(f[1]) && !f[4].isEmpty()) {
			municipality(f);
		}
	}

	private void municipality(String[] f) {
		double lat = Double.parseDouble(f[4]);
		double lon = Double.parseDouble(f[5]);
		long population = f[6].isEmpty() ? 0 : Long.parseLong(f[6]);
		String name = shortName(f[3]);
		String land = land(f[0]);
		PlaceRecord same = this.merge.same(new Candidate(null, "DE", List.of(name, f[3], bare(name)), land, lat, lon),
				null, PlaceMerge.SAME_PLACE_KM);
		if (same != null) {
			same.source(SOURCE);
			same.alternate(f[3]);
			same.population = (population > 0) ? population : same.population;
		}
		else {
			PlaceRecord place = new PlaceRecord("destatis:" + f[0], PlaceKind.MUNICIPALITY, "DE", name, SOURCE);
			place.alternate(f[3]);
			place.subdivision = land;
			place.population = population;
			place.at(lat, lon);
			PlaceRecord district = this.districts.get(f[0].substring(0, 5));
			place.parent = (district != null) ? district.key : null;
			this.merge.write(place);
		}
		double weight = Math.max(1, population);
		double[] sum = this.sums.computeIfAbsent(f[0].substring(0, 5), k -> new double[3]);
		sum[0] += lat * weight;
		sum[1] += lon * weight;
		sum[2] += weight;
	}

	/** Holds the districts, each at the centre of its municipalities. */
	public void finish() {
		this.districts.forEach((key, district) -> {
			double[] sum = this.sums.get(key);
			if (sum != null) {
				district.at(sum[0] / sum[2], sum[1] / sum[2]);
			}
			this.merge.hold(district);
		});
	}

	/**
	 * The name without the river or neighbour it adds, as GeoNames often has it:
	 * "Hattersheim am Main" is Hattersheim, "Grafing b.München" Grafing.
	 */
	static String bare(String name) {
		return name.replaceFirst("\\s+(am|an der|im|in der|bei|b\\.|ob der)(\\s+|(?<=\\.)).*$", "").strip();
	}

	/** "Flensburg, Stadt" is Flensburg; "Grafing b.München, St" Grafing b.München. */
	static String shortName(String official) {
		int comma = official.indexOf(',');
		return (comma > 0) ? official.substring(0, comma).strip() : official.strip();
	}

	private static String land(String key) {
		int land = Integer.parseInt(key.substring(0, 2));
		return (land >= 1 && land <= LAENDER.size()) ? LAENDER.get(land - 1) : "DE";
	}

}
