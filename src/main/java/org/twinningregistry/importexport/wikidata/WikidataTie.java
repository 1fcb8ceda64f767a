package org.twinningregistry.importexport.wikidata;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One row of a P190 query result: an item and the item it is twinned with, by Wikidata
 * id, with their labels when the query asked for them.
 *
 * @param line the row's number in the result, from 1
 * @param item the item ({@code Q…})
 * @param twin the item it is twinned with
 * @param itemLabel the item's label, if given
 * @param twinLabel the twin's label, if given
 */
public record WikidataTie(int line, String item, String twin, @Nullable String itemLabel, @Nullable String twinLabel) {

	private static final Pattern ENTITY = Pattern
		.compile("^(?:https?://www\\.wikidata\\.org/(?:entity|wiki)/)?(Q[1-9]\\d{0,11})$", Pattern.CASE_INSENSITIVE);

	/** The item id an entity URI or a bare id names, upper-cased, or {@code null}. */
	static @Nullable String qid(@Nullable String value) {
		if (value == null) {
			return null;
		}
		Matcher matcher = ENTITY.matcher(value.strip());
		return matcher.matches() ? matcher.group(1).toUpperCase(Locale.ROOT) : null;
	}

	/** The tie's two items in order, so that both directions of a tie meet. */
	String pairKey() {
		return (this.item.compareTo(this.twin) <= 0) ? this.item + "|" + this.twin : this.twin + "|" + this.item;
	}

}
