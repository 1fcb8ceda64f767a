package org.twinningregistry.partnerfinder.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.PlaceNames;
import org.twinningregistry.gazetteer.WorldGazetteer;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.StrategyBook;

/**
 * The asker and its candidates with the figures they are scored on: the registry's
 * governments of the country asked for (any, without one; never national ones, the asker
 * or its current partners) and the country's most populous places of the world gazetteer
 * that are not registry governments yet (without a country, those of the countries the
 * asker's requests seek).
 */
@Component
public class SuggestionEngine {

	/** How many of a country's most populous places are candidates. */
	static final int PLACES = 100;

	private final SuggestionRows rows;

	private final Gazetteer gazetteer;

	private final WorldGazetteer world;

	private final StrategyBook strategies;

	SuggestionEngine(SuggestionRows rows, Gazetteer gazetteer, WorldGazetteer world, StrategyBook strategies) {
		this.rows = rows;
		this.gazetteer = gazetteer;
		this.world = world;
		this.strategies = strategies;
	}

	/**
	 * The asker: its place, size and level, the purposes of the strategy that governs it
	 * and its requests unexpired on the day.
	 * @throws org.twinningregistry.shared.NotFoundException if there is no such
	 * government
	 */
	public Asker asker(GovernmentId id, LocalDate day) {
		GovernmentDetails government = this.gazetteer.get(id);
		Set<Category> purposes = this.strategies.governing(id)
			.map(applicable -> Set.copyOf(applicable.strategy().values().purposes()))
			.orElse(Set.of());
		List<SeekingRequest> requests = this.rows.requests(government.values().country(), id.value(), day)
			.getOrDefault(id.value(), List.of());
		return new Asker(id.value(), government.values().country(), government.values().subdivision(),
				government.values().level(), government.values().population(), purposes, requests);
	}

	/**
	 * The candidates for the asker, of the country if one is given, with their figures.
	 */
	public List<Candidate> candidates(Asker asker, @Nullable String country, @Nullable Category purpose,
			LocalDate day) {
		return withActivity(candidatesWithoutActivity(asker, country, purpose, day), day);
	}

	/**
	 * The candidates' ties with how many were active in the last five years (the
	 * {@code active} count of their {@link TieFigures}), read for these candidates only.
	 */
	public List<Candidate> withActivity(List<Candidate> candidates, LocalDate day) {
		List<String> ids = candidates.stream()
			.filter(c -> c.government() != null && c.ties().current() > 0)
			.map(c -> String.valueOf(c.government()))
			.toList();
		Map<String, Integer> active = this.rows.active(ids, day, day.getYear() - 4);
		return candidates.stream().map(c -> {
			TieFigures t = c.ties();
			int count = (c.government() != null) ? active.getOrDefault(c.government(), 0) : 0;
			return new Candidate(c.government(), c.geonameId(), c.name(), c.nameFr(), c.country(), c.subdivision(),
					c.level(), c.population(), c.strategyPurposes(), c.requests(),
					new TieFigures(t.current(), t.foreign(), t.withAskerCountry(), count), c.partnersOfPartners(),
					c.provinceTies(), c.countryProvinceTies());
		}).toList();
	}

	/**
	 * The candidates with every figure but how many of their ties were active, which
	 * {@link #withActivity} adds: the costliest figure, read for the few that can be
	 * among the best.
	 */
	public List<Candidate> candidatesWithoutActivity(Asker asker, @Nullable String country, @Nullable Category purpose,
			LocalDate day) {
		List<String> partners = this.rows.partners(asker.id(), day);
		Set<String> excluded = new HashSet<>(partners);
		excluded.add(asker.id());
		Map<String, TieFigures> ties = this.rows.ties(country, asker.country(), day);
		Map<String, Integer> shared = this.rows.partnersOfPartners(partners, country, day);
		Map<String, Integer> provinces = this.rows.provinceTies(asker.subdivision(), country, day);
		Map<String, Integer> countryProvinces = this.rows.countryProvinceTies(asker.country(), country, day);
		Map<String, List<Category>> purposes = this.rows.strategyPurposes(country);
		Map<String, List<SeekingRequest>> requests = this.rows.requests(country, asker.id(), day);
		List<Candidate> candidates = new ArrayList<>();
		Set<Long> geonames = new HashSet<>();
		Set<String> named = new HashSet<>();
		for (SuggestionRows.Government g : this.rows.governments(country)) {
			if (g.geonames() != null) {
				geonames.add(g.geonames());
			}
			named.add(PlaceNames.key(g.name()) + "|" + g.subdivision());
			if (!excluded.contains(g.id())) {
				candidates.add(new Candidate(g.id(), g.geonames(), g.name(), g.nameFr(), g.country(), g.subdivision(),
						g.level(), g.population(), Set.copyOf(purposes.getOrDefault(g.id(), List.of())),
						requests.getOrDefault(g.id(), List.of()), ties.getOrDefault(g.id(), TieFigures.NONE),
						shared.getOrDefault(g.id(), 0), provinces.getOrDefault(g.subdivision(), 0),
						countryProvinces.getOrDefault(g.subdivision(), 0)));
			}
		}
		if (purpose == null) {
			for (String placeCountry : placeCountries(asker, country)) {
				places(placeCountry, geonames, named, new Provinces(provinces, countryProvinces), candidates);
			}
		}
		return (purpose != null) ? candidates.stream().filter(c -> c.purposes().contains(purpose)).toList()
				: candidates;
	}

	/**
	 * The country's most populous populated places and first-level divisions that are no
	 * registry government (by GeoNames id, else by name in the same subdivision); none
	 * while the gazetteer's index is still being built, which suggestions never wait for.
	 */
	private void places(String country, Set<Long> geonames, Set<String> named, Provinces provinces,
			List<Candidate> candidates) {
		if (!this.world.ready()) {
			return;
		}
		int added = 0;
		for (Place place : this.world.populous(country, PLACES * 4)) {
			String subdivision = (place.kind() == PlaceKind.FIRST_LEVEL && place.isoCode() != null) ? place.isoCode()
					: place.subdivision();
			boolean kind = place.kind() == PlaceKind.POPULATED_PLACE || place.kind() == PlaceKind.FIRST_LEVEL;
			if (!kind || subdivision == null || place.population() <= 0 || added >= PLACES
					|| (place.geonameId() != null && geonames.contains(place.geonameId()))
					|| !named.add(PlaceNames.key(place.name()) + "|" + subdivision)) {
				continue;
			}
			candidates.add(new Candidate(null, place.geonameId(), place.name(), null, place.country(), subdivision,
					place.kind().regional() ? GovernmentLevel.REGIONAL : GovernmentLevel.LOCAL, place.population(),
					Set.of(), List.of(), TieFigures.NONE, 0, provinces.own().getOrDefault(subdivision, 0),
					provinces.country().getOrDefault(subdivision, 0)));
			added++;
		}
	}

	private static Set<String> placeCountries(Asker asker, @Nullable String country) {
		if (country != null) {
			return Set.of(country);
		}
		Set<String> countries = new LinkedHashSet<>();
		asker.requests().forEach(request -> countries.addAll(request.countries()));
		return countries;
	}

	/** Ties by subdivision: with the asker's own subdivision, with its country. */
	private record Provinces(Map<String, Integer> own, Map<String, Integer> country) {
	}

}
