package org.twinningregistry.gazetteer;

import java.util.Locale;

import org.twinningregistry.shared.Text;

/**
 * How place names are compared: the key of a name is its folded form (accents and case
 * dropped) with letters the Unicode decomposition keeps ({@code ł}, {@code ß},
 * {@code ø}…) spelled out and every run of punctuation turned into one space, so that
 * "Bielsko-Biała" and "bielsko biala" meet.
 */
public final class PlaceNames {

	/** Words that name the kind of a subdivision, not which one. */
	private static final java.util.Set<String> GENERIC = java.util.Set.of("do", "si", "province", "provincia", "state",
			"region", "regione", "of", "the", "prefecture", "oblast", "county", "department", "departement",
			"gwangyeoksi", "teukbyeolsi", "teukbyeoljachido", "teukbyeoljachisi", "metropolitan", "special", "city",
			"autonomous", "republic", "voivodeship", "governorate", "district", "canton", "kraj", "krai",
			"municipality", "territory", "capital", "community", "comunidad", "autonoma", "ken", "to", "fu", "shi",
			"sheng", "zizhiqu", "and", "et", "de", "la", "du", "des", "y", "i", "d", "l", "lan", "laen", "kommune",
			"kommun", "borough", "royal", "ku", "gu", "gun", "gemeinde", "landkreis", "kreis", "zupanija", "megye",
			"maakunta", "maakond", "okres", "gmina", "powiat", "hromada", "rayon", "raion", "novads", "savivaldybe",
			"apskritis");

	private PlaceNames() {
	}

	/** The comparison key of a name; blank for a blank name. */
	public static String key(String name) {
		String folded = isPlainAscii(name) ? name.toLowerCase(Locale.ROOT) : Text.fold(spellOut(name));
		StringBuilder key = new StringBuilder(folded.length());
		boolean space = true;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				key.append(c);
				space = false;
			}
			else if (!space && c != '\'') {
				key.append(' ');
				space = true;
			}
		}
		int end = key.length();
		return (end > 0 && key.charAt(end - 1) == ' ') ? key.substring(0, end - 1) : key.toString();
	}

	/**
	 * The key of a subdivision's name without the words that only say what kind of
	 * subdivision it is: "Gyeonggi-do", "Jiangsu Sheng" and "Province of Quebec" give
	 * "gyeonggi", "jiangsu" and "quebec".
	 */
	public static String subdivisionKey(String name) {
		String plain = name.replaceAll("\\[.*?]", " ").replaceAll("\\(.*?\\)", " ");
		return java.util.Arrays.stream(key(plain).split(" "))
			.filter(word -> !word.isEmpty() && !GENERIC.contains(word))
			.collect(java.util.stream.Collectors.joining(" "));
	}

	/** Whether the name is written in Latin letters (after accents are dropped). */
	public static boolean isLatin(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPlainAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	private static String spellOut(String name) {
		return name.replace("ß", "ss")
			.replace("ł", "l")
			.replace("Ł", "L")
			.replace("ø", "o")
			.replace("Ø", "O")
			.replace("đ", "d")
			.replace("Đ", "D")
			.replace("æ", "ae")
			.replace("Æ", "Ae")
			.replace("œ", "oe")
			.replace("ı", "i")
			.replace("þ", "th")
			.replace("ð", "d")
			.replace('ʻ', '\'')
			.replace('‘', '\'');
	}

}
