package org.twinningregistry.gazetteer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.Violation;

/**
 * The rules a government's values must keep. Field names are those of the API; the
 * importer maps them to CSV columns.
 */
public final class GovernmentRules {

	private static final Pattern WIKIDATA = Pattern.compile("Q[1-9]\\d{0,18}");

	private static final int MAX_NAME = 200;

	private GovernmentRules() {
	}

	/**
	 * Checks the values of the government {@code self} against the code lists and its
	 * parent.
	 * @param parents finds an existing government's values by id
	 */
	public static List<Violation> check(GovernmentId self, GovernmentValues v, IsoCodeList codes,
			Function<GovernmentId, Optional<GovernmentValues>> parents) {
		List<Violation> violations = new ArrayList<>();
		checkNames(v, violations);
		boolean countryKnown = codes.isCountry(v.country());
		if (!countryKnown) {
			violations.add(Violation.of("country", "rule.government.country.unknown", v.country()));
		}
		if (v.level() == GovernmentLevel.NATIONAL) {
			if (!v.subdivision().equals(v.country())) {
				violations.add(Violation.of("subdivision", "rule.government.national.subdivision", v.subdivision(),
						v.country()));
			}
		}
		else if (!codes.isSubdivision(v.subdivision())) {
			violations.add(Violation.of("subdivision", "rule.government.subdivision.unknown", v.subdivision()));
		}
		else if (countryKnown && !v.subdivision().startsWith(v.country() + "-")) {
			violations.add(Violation.of("subdivision", "rule.government.subdivision.other-country", v.subdivision(),
					v.country()));
		}
		checkParent(self, v, parents, violations);
		checkNumbers(v, violations);
		return violations;
	}

	private static void checkNames(GovernmentValues v, List<Violation> violations) {
		if (v.name().isEmpty()) {
			violations.add(Violation.of("name", "rule.required"));
		}
		for (var field : List.of(new String[] { "name", v.name() }, new String[] { "nameFr", v.nameFr() },
				new String[] { "nameLocal", v.nameLocal() })) {
			if (field[1] != null && field[1].length() > MAX_NAME) {
				violations.add(Violation.of(field[0], "rule.too-long", MAX_NAME));
			}
		}
	}

	private static void checkParent(GovernmentId self, GovernmentValues v,
			Function<GovernmentId, Optional<GovernmentValues>> parents, List<Violation> violations) {
		GovernmentId parentId = v.parent();
		if (parentId == null) {
			return;
		}
		if (v.level() == GovernmentLevel.NATIONAL) {
			violations.add(Violation.of("parent", "rule.government.national.parent"));
			return;
		}
		if (parentId.equals(self)) {
			violations.add(Violation.of("parent", "rule.government.parent.self"));
			return;
		}
		Optional<GovernmentValues> parent = parents.apply(parentId);
		if (parent.isEmpty()) {
			violations.add(Violation.of("parent", "rule.government.parent.unknown", parentId.value()));
		}
		else if (!parent.get().country().equals(v.country())) {
			violations.add(Violation.of("parent", "rule.government.parent.other-country", parentId.value(),
					parent.get().country()));
		}
		else if (v.level() == GovernmentLevel.REGIONAL && parent.get().level() == GovernmentLevel.LOCAL) {
			violations.add(Violation.of("parent", "rule.government.parent.below", parentId.value()));
		}
	}

	private static void checkNumbers(GovernmentValues v, List<Violation> violations) {
		if (v.population() != null && v.population() < 0) {
			violations.add(Violation.of("population", "rule.not-negative"));
		}
		if ((v.latitude() == null) != (v.longitude() == null)) {
			String missing = (v.latitude() == null) ? "latitude" : "longitude";
			violations.add(Violation.of(missing, "rule.government.coordinates.both"));
		}
		if (v.latitude() != null && (v.latitude() < -90 || v.latitude() > 90)) {
			violations.add(Violation.of("latitude", "rule.range", -90, 90));
		}
		if (v.longitude() != null && (v.longitude() < -180 || v.longitude() > 180)) {
			violations.add(Violation.of("longitude", "rule.range", -180, 180));
		}
		if (v.wikidata() != null && !WIKIDATA.matcher(v.wikidata()).matches()) {
			violations.add(Violation.of("wikidata", "rule.government.wikidata"));
		}
		if (v.geonames() != null && v.geonames() <= 0) {
			violations.add(Violation.of("geonames", "rule.positive"));
		}
	}

}
