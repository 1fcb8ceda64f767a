package org.twinningregistry.importexport.pairs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.twinningregistry.importexport.pairs.CityName.Variant;

/**
 * Takes a city cell apart into names to look up. A parenthesis or a comma gives a
 * qualifier ("Adachi (Tokyo)", "Coventry, Rhode Island"); a spaced dash names a district
 * of a city ("Belgrade – Zemun": Zemun, in Belgrade); a slash gives bilingual forms
 * ("Biel/Bienne"); GeoNames' spellings are tried ("St Clears" as "Saint Clears",
 * "Budapest XIII" as "Budapest XIII. kerület", "Gatchinsky District" as "Gatchinskiy
 * Rayon"); words that only say what kind of government it is ("City of", " District",
 * "-si", "Gmina") and the river a German name adds ("Rottenburg am Neckar") are dropped
 * in a last, weaker variant.
 */
public final class NameCleaning {

	private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^)]*)\\)\\s*");

	private static final Pattern DISTRICT_DASH = Pattern.compile("\\s+[–—-]\\s+");

	private static final Pattern KIND_PREFIX = Pattern
		.compile("(?i)^(city|town|municipality|borough|county|district|province|village|commune|gmina|comune|district)"
				+ "\\s+(of\\s+)?");

	private static final Pattern KIND_SUFFIX = Pattern.compile("(?i)([\\s-]+(city|town|municipality|borough|county|"
			+ "district|province|village|prefecture|ward|si|gun|gu|shi|ku|shi|cho|machi|mura|rayon|raion|"
			+ "urban municipality|municipal district|district municipality|city municipality))+$");

	/**
	 * A river, lake or valley a German or Austrian town name adds to tell it from others
	 * ("Rottenburg am Neckar", "Nötsch im Gailtal"): GeoNames often names the town
	 * without.
	 */
	private static final Pattern LOCATIVE = Pattern
		.compile("^(\\p{L}[\\p{L}-]*)\\s+(am|an der|im|in der|bei|ob der|ob)\\s+\\p{L}.*$");

	private static final Pattern SAINT = Pattern.compile("^(St|Ste)\\.?\\s+(.+)$");

	/** A district of Budapest by number ("Budapest XIII"), as GeoNames spells it. */
	private static final Pattern NUMBERED_DISTRICT = Pattern.compile("^(Budapest)\\s+([IVXL]+)\\.?$");

	/**
	 * A Russian district as English writes it ("Gatchinsky District"): GeoNames'
	 * "Gatchinskiy Rayon".
	 */
	private static final Pattern RUSSIAN_DISTRICT = Pattern
		.compile("^(\\p{L}[\\p{L}-]*)sk(?:y|iy|ii|oy) (?:District|Raion|Rayon)$");

	/** A district of Prague by number in English ("Prague 6"): Praha 6. */
	private static final Pattern PRAGUE_DISTRICT = Pattern.compile("^Prague\\s+(\\d{1,2})$");

	private NameCleaning() {
	}

	public static CityName clean(String cell) {
		String text = cell.replaceAll("\\[.*?]", " ").replaceAll("\\s+", " ").strip();
		Map<String, Double> variants = new LinkedHashMap<>();
		List<String> qualifiers = new ArrayList<>();
		add(variants, text, 1);
		Matcher parenthesis = PARENTHESIS.matcher(text);
		while (parenthesis.find()) {
			qualifiers.add(parenthesis.group(1).strip());
		}
		String base = PARENTHESIS.matcher(text).replaceAll(" ").strip();
		int comma = base.indexOf(',');
		if (comma > 0) {
			qualifiers.add(base.substring(comma + 1).strip());
			base = base.substring(0, comma).strip();
		}
		String[] district = DISTRICT_DASH.split(base);
		if (district.length == 2) {
			qualifiers.add(district[0].strip());
			base = district[1].strip();
		}
		add(variants, base, 0.95);
		if (base.contains("/")) {
			for (String form : base.split("/")) {
				add(variants, form.strip(), 0.95);
			}
		}
		for (String name : List.copyOf(variants.keySet())) {
			spellings(name).forEach(spelling -> add(variants, spelling, 0.95));
		}
		for (String name : List.copyOf(variants.keySet())) {
			Matcher locative = LOCATIVE.matcher(name);
			if (locative.matches()) {
				add(variants, locative.group(1), 0.9);
			}
			String bare = KIND_SUFFIX.matcher(KIND_PREFIX.matcher(name).replaceFirst("")).replaceFirst("").strip();
			add(variants, bare, 0.9);
		}
		List<Variant> list = variants.entrySet().stream().map(e -> new Variant(e.getKey(), e.getValue())).toList();
		return new CityName(cell, list, qualifiers);
	}

	/**
	 * Other spellings of the same name: "St Clears" is GeoNames' "Saint Clears" (and "St.
	 * Pölten" its "Sankt Pölten"); "Budapest II" its "Budapest II. kerület".
	 */
	private static List<String> spellings(String name) {
		List<String> spellings = new ArrayList<>();
		Matcher saint = SAINT.matcher(name);
		if (saint.matches()) {
			boolean female = saint.group(1).equals("Ste");
			spellings.add((female ? "Sainte " : "Saint ") + saint.group(2));
			spellings.add("Sankt " + saint.group(2));
		}
		Matcher district = NUMBERED_DISTRICT.matcher(name);
		if (district.matches()) {
			spellings.add(district.group(1) + " " + district.group(2) + ". kerület");
		}
		Matcher russian = RUSSIAN_DISTRICT.matcher(name);
		if (russian.matches()) {
			spellings.add(russian.group(1) + "skiy Rayon");
		}
		Matcher prague = PRAGUE_DISTRICT.matcher(name);
		if (prague.matches()) {
			spellings.add("Praha " + prague.group(1));
		}
		return spellings;
	}

	private static void add(Map<String, Double> variants, String name, double weight) {
		if (!name.isBlank()) {
			variants.putIfAbsent(name, weight);
		}
	}

}
