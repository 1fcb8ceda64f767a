package org.twinningregistry.gazetteer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.CrosswalkCoverage;
import org.twinningregistry.gazetteer.NameSimilarity;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * The crosswalk from GeoNames first-level codes ({@code CA.01}) to ISO 3166-2
 * ({@code CA-AB}). A code is mapped by, in order: the explicit override file (for what
 * names cannot tell: {@code KR.05} "North Chungcheong" is {@code KR-43}); the one ISO
 * subdivision of the country whose name has the same key once generic words are dropped
 * ("Gyeonggi-do" and "Gyeonggi", "Sejong-si" and "Sejong"), first-level ones preferred;
 * then an ISO code spelled as the GeoNames code ({@code US.RI}, {@code GB.ENG}).
 */
public final class SubdivisionCrosswalk {

	private final Map<String, String> mapping = new TreeMap<>();

	private final List<String> unmapped = new ArrayList<>();

	private final Map<String, Map<String, List<String>>> isoByCountry;

	private final IsoCodeList codes;

	/**
	 * @param admin1 GeoNames first-level code ({@code CA.01}) to its name and ASCII name
	 * @param overrides GeoNames code to ISO 3166-2 code, applied first
	 */
	public SubdivisionCrosswalk(Map<String, List<String>> admin1, IsoCodeList codes, Properties overrides) {
		Map<String, Map<String, List<String>>> isoByCountry = isoKeys(codes);
		this.isoByCountry = isoByCountry;
		this.codes = codes;
		Map<String, List<String>> similar = new HashMap<>();
		admin1.forEach((code, names) -> {
			String iso = overrides.getProperty(code);
			if (iso == null) {
				iso = byName(code, names, isoByCountry, codes);
			}
			if (iso == null) {
				iso = byCode(code, codes);
			}
			if (iso != null) {
				this.mapping.put(code, iso);
			}
		});
		// a merely similar name counts only for an ISO code no other GeoNames code claims
		admin1.forEach((code, names) -> {
			String iso = this.mapping.containsKey(code) ? null : bySimilarName(code, names, isoByCountry, codes);
			if (iso != null && !this.mapping.containsValue(iso)) {
				similar.computeIfAbsent(iso, i -> new ArrayList<>()).add(code);
			}
		});
		similar.forEach((iso, claims) -> {
			if (claims.size() == 1) {
				this.mapping.put(claims.get(0), iso);
			}
		});
		admin1.keySet().stream().filter(code -> !this.mapping.containsKey(code)).forEach(this.unmapped::add);
	}

	/**
	 * The ISO 3166-2 code of a GeoNames first-level code, or {@code null} if unmapped.
	 */
	public @Nullable String iso(String admin1) {
		return this.mapping.get(admin1);
	}

	/**
	 * The one first-level ISO 3166-2 subdivision of the country one of these names names
	 * once kind words are dropped ("Stockholms län" is SE-AB), or {@code null}: for a
	 * division another source names that the crosswalk does not map.
	 */
	public @Nullable String isoNamed(String country, List<String> names) {
		return byName(country + ".", names, this.isoByCountry, this.codes);
	}

	/**
	 * Whether some GeoNames first-level code maps to this ISO 3166-2 code: places are
	 * filed at that level ("KR-11", Seoul), not at a finer one ("FR-35", a department).
	 */
	public boolean isTarget(String iso) {
		return this.mapping.containsValue(iso);
	}

	/** The coverage of the codes, and of places as counted by the caller. */
	public CrosswalkCoverage coverage(int places, int placesWithSubdivision) {
		return new CrosswalkCoverage(this.mapping.size() + this.unmapped.size(), this.mapping.size(),
				this.unmapped.stream().sorted().toList(), places, placesWithSubdivision);
	}

	static String key(String name) {
		return PlaceNames.subdivisionKey(name);
	}

	private static Map<String, Map<String, List<String>>> isoKeys(IsoCodeList codes) {
		Map<String, Map<String, List<String>>> byCountry = new HashMap<>();
		for (String code : codes.subdivisionCodes()) {
			Map<String, List<String>> keys = byCountry.computeIfAbsent(code.substring(0, 2), c -> new HashMap<>());
			for (String name : List.of(codes.rawSubdivisionName(code), codes.subdivisionName(code, Locale.ENGLISH),
					codes.subdivisionName(code, Locale.FRENCH))) {
				for (String part : name.split("[\\[/]")) {
					String k = key(part);
					if (!k.isEmpty()) {
						List<String> list = keys.computeIfAbsent(k, x -> new ArrayList<>());
						if (!list.contains(code)) {
							list.add(code);
						}
					}
				}
			}
		}
		return byCountry;
	}

	private static @Nullable String byName(String code, List<String> names,
			Map<String, Map<String, List<String>>> isoByCountry, IsoCodeList codes) {
		Map<String, List<String>> keys = isoByCountry.getOrDefault(code.substring(0, 2), Map.of());
		for (String name : names) {
			List<String> found = keys.getOrDefault(key(name), List.of());
			List<String> firstLevel = found.stream().filter(codes::isFirstLevel).toList();
			if (firstLevel.size() == 1) {
				return firstLevel.get(0);
			}
			if (firstLevel.isEmpty() && found.size() == 1) {
				return found.get(0);
			}
		}
		return null;
	}

	/**
	 * The one first-level ISO subdivision whose name is clearly the most alike ("Moscow
	 * Oblast" and "Moskovskaya oblast'"), if it is alike enough and no other comes close.
	 */
	private static @Nullable String bySimilarName(String code, List<String> names,
			Map<String, Map<String, List<String>>> isoByCountry, IsoCodeList codes) {
		String own = key(names.get(1));
		String best = null;
		double bestScore = 0;
		double second = 0;
		for (var entry : isoByCountry.getOrDefault(code.substring(0, 2), Map.of()).entrySet()) {
			List<String> firstLevel = entry.getValue().stream().filter(codes::isFirstLevel).toList();
			double score = NameSimilarity.of(own, entry.getKey());
			if (firstLevel.size() != 1 || score <= second) {
				continue;
			}
			if (score > bestScore) {
				if (!firstLevel.get(0).equals(best)) {
					second = bestScore;
				}
				best = firstLevel.get(0);
				bestScore = score;
			}
			else if (!firstLevel.get(0).equals(best)) {
				second = score;
			}
		}
		return (bestScore >= 0.85 && bestScore - second >= 0.05) ? best : null;
	}

	private static @Nullable String byCode(String code, IsoCodeList codes) {
		String suffix = code.substring(3);
		String iso = code.substring(0, 2) + "-" + suffix;
		return (suffix.matches("[A-Z]{2,3}") && codes.isFirstLevel(iso)) ? iso : null;
	}

}
