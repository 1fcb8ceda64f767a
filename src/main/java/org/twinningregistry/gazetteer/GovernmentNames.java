package org.twinningregistry.gazetteer;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.Text;

/** How a government's names are folded into the one text that name searches match. */
public final class GovernmentNames {

	private GovernmentNames() {
	}

	/**
	 * The name for a reader of the language: the French name for French when there is
	 * one, else the English or romanised name.
	 */
	public static String inLanguage(String name, @Nullable String nameFr, Locale locale) {
		return ("fr".equals(locale.getLanguage()) && nameFr != null && !nameFr.isBlank()) ? nameFr : name;
	}

	/** The folded English, French and local names, separated by a bar. */
	public static String searchText(GovernmentValues values) {
		return Stream.of(values.name(), values.nameFr(), values.nameLocal())
			.filter(name -> name != null && !name.isBlank())
			.map(Text::fold)
			.distinct()
			.collect(Collectors.joining(" | "));
	}

}
