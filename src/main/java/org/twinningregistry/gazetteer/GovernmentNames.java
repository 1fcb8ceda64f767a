package org.twinningregistry.gazetteer;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.twinningregistry.shared.Text;

/** How a government's names are folded into the one text that name searches match. */
public final class GovernmentNames {

	private GovernmentNames() {
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
