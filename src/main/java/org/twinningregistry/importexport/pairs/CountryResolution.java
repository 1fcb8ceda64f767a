package org.twinningregistry.importexport.pairs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.NameSimilarity;
import org.twinningregistry.gazetteer.PlaceNames;
import org.twinningregistry.gazetteer.WorldGazetteer;

/**
 * Resolves a free-text country cell to an ISO country, and a subdivision where the cell
 * names one. An ISO code ({@code CA}, {@code GB-ENG}) names its country or subdivision;
 * names are looked up by key among the ISO list's English and French names, the JDK's
 * locale names, GeoNames' country names and a small alias file (England, Moldavia,
 * Republic of Ireland…); "Georgia (country)" drops its parenthesis; "Wales, United
 * Kingdom" and "Azores, Portugal" name a subdivision of the last part's country,
 * "Guadeloupe, France" a territory with a code of its own; a typo ("Grece") is matched to
 * the most similar name when it is similar enough and no other comes close.
 */
public final class CountryResolution {

	/** How alike a misspelt name must be to a known one. */
	static final double FUZZY_THRESHOLD = 0.9;

	private final Map<String, String> codes = new HashMap<>();

	private final Gazetteer gazetteer;

	public CountryResolution(Gazetteer gazetteer, WorldGazetteer world) {
		this.gazetteer = gazetteer;
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			gazetteer.countries(locale).forEach((code, name) -> add(name, code));
		}
		gazetteer.countries(Locale.ENGLISH).keySet().forEach(code -> {
			for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN)) {
				add(Locale.of("", code).getDisplayCountry(locale), code);
			}
		});
		world.countryNames().forEach((code, name) -> {
			if (gazetteer.isCountry(code)) {
				add(name, code);
			}
		});
		aliases().forEach((key, code) -> this.codes.put((String) key, (String) code));
	}

	/** The country the cell names, or empty if none is close enough. */
	public Optional<CountryMatch> resolve(String cell) {
		String text = cell.replaceAll("\\[.*?]", " ").strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		String plain = text.replaceAll("\\(.*?\\)", " ").strip();
		int comma = plain.lastIndexOf(',');
		if (comma > 0) {
			return resolveQualified(plain.substring(0, comma), plain.substring(comma + 1));
		}
		return resolveName(plain);
	}

	private Optional<CountryMatch> resolveQualified(String inner, String outer) {
		Optional<CountryMatch> country = resolveName(outer);
		if (country.isEmpty()) {
			return resolveName(inner);
		}
		String subdivision = subdivisionNamed(country.get().country(), inner);
		// an overseas territory with a code of its own: "Guadeloupe, France" (ISO lists
		// it
		// as FR-GP and FR-971 too, but its places are GP's)
		Optional<CountryMatch> own = exact(PlaceNames.key(inner));
		if (own.isPresent() && (subdivision == null || territoryOf(country.get().country(), own.get().country()))) {
			return own;
		}
		return Optional.of(new CountryMatch(country.get().country(), subdivision, country.get().confidence()));
	}

	/**
	 * Whether ISO lists the territory as a subdivision of the country by its own code.
	 */
	private boolean territoryOf(String country, String territory) {
		return !country.equals(territory)
				&& this.gazetteer.subdivisions(country, Locale.ENGLISH).containsKey(country + "-" + territory);
	}

	private Optional<CountryMatch> resolveName(String name) {
		String key = PlaceNames.key(name);
		Optional<CountryMatch> exact = exact(key);
		if (exact.isPresent()) {
			return exact;
		}
		Optional<CountryMatch> code = isoCode(name.strip().toUpperCase(Locale.ROOT));
		return code.isPresent() ? code : fuzzy(key);
	}

	/**
	 * The country or subdivision an ISO code names: {@code CA}, {@code KR},
	 * {@code GB-ENG}.
	 */
	private Optional<CountryMatch> isoCode(String text) {
		if (text.matches("[A-Z]{2}") && this.gazetteer.isCountry(text)) {
			return Optional.of(new CountryMatch(text, null, 1));
		}
		if (text.matches("[A-Z]{2}-[A-Z0-9]{1,3}") && this.gazetteer.isCountry(text.substring(0, 2))
				&& this.gazetteer.subdivisions(text.substring(0, 2), Locale.ENGLISH).containsKey(text)) {
			return Optional.of(new CountryMatch(text.substring(0, 2), text, 1));
		}
		return Optional.empty();
	}

	private Optional<CountryMatch> exact(String key) {
		String code = this.codes.get(key);
		if (code == null) {
			return Optional.empty();
		}
		return Optional
			.of(code.length() == 2 ? new CountryMatch(code, null, 1) : new CountryMatch(code.substring(0, 2), code, 1));
	}

	private Optional<CountryMatch> fuzzy(String key) {
		String best = null;
		double bestScore = 0;
		double second = 0;
		for (Map.Entry<String, String> entry : this.codes.entrySet()) {
			double score = NameSimilarity.of(key, entry.getKey());
			if (score > bestScore) {
				if (best != null && !this.codes.get(best).equals(entry.getValue())) {
					second = bestScore;
				}
				best = entry.getKey();
				bestScore = score;
			}
			else if (score > second && best != null && !this.codes.get(best).equals(entry.getValue())) {
				second = score;
			}
		}
		if (best == null || bestScore < FUZZY_THRESHOLD || bestScore - second < 0.03) {
			return Optional.empty();
		}
		double confidence = bestScore;
		return exact(best).map(m -> new CountryMatch(m.country(), m.subdivision(), confidence));
	}

	/** The ISO subdivision of the country with this name, or {@code null}. */
	@Nullable String subdivisionNamed(String country, String name) {
		String key = PlaceNames.subdivisionKey(name);
		if (key.isEmpty()) {
			return null;
		}
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			for (Map.Entry<String, String> entry : this.gazetteer.subdivisions(country, locale).entrySet()) {
				if (PlaceNames.subdivisionKey(entry.getValue()).equals(key)) {
					return entry.getKey();
				}
			}
		}
		return null;
	}

	private void add(@Nullable String name, String code) {
		if (name != null && !name.isBlank() && !name.equals(code)) {
			this.codes.putIfAbsent(PlaceNames.key(name), code);
		}
	}

	private static Properties aliases() {
		Properties aliases = new Properties();
		try (var in = new ClassPathResource("importexport/country-aliases.properties").getInputStream()) {
			aliases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return aliases;
	}

}
