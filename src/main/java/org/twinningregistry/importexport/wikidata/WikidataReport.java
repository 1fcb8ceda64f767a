package org.twinningregistry.importexport.wikidata;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What reconciling a Wikidata query result with the registry found.
 *
 * @param rows the result's rows with two items
 * @param ties the distinct ties among them (both directions of a tie are one)
 * @param matched ties the registry has as an agreement between the two governments
 * @param missingInRegistry ties Wikidata has that the registry lacks, with why
 * @param missingInWikidata the registry's agreements (between governments the result
 * names, or in the scope asked for) that the result lacks
 */
public record WikidataReport(int rows, int ties, int matched, List<MissingInRegistry> missingInRegistry,
		List<MissingInWikidata> missingInWikidata) {

	public WikidataReport {
		missingInRegistry = List.copyOf(missingInRegistry);
		missingInWikidata = List.copyOf(missingInWikidata);
	}

	/**
	 * One side of a tie as the registry knows its item.
	 *
	 * @param item the Wikidata item id
	 * @param label its label in the result, if any
	 * @param government the registry government carrying the id, if any
	 * @param place the world-gazetteer place carrying it, if no government does
	 * @param name the government's or place's name, if known
	 */
	public record Side(String item, @Nullable String label, @Nullable String government, @Nullable String place,
			@Nullable String name) {
	}

	/**
	 * A tie of Wikidata the registry lacks.
	 *
	 * @param line the first row of the result that gives it
	 * @param item one side
	 * @param twin the other
	 * @param reason {@code no-agreement} (both are governments, with no agreement between
	 * them), {@code not-registered} (a side is a world-gazetteer place, no government
	 * yet) or {@code unknown-item} (a side is neither)
	 */
	public record MissingInRegistry(int line, Side item, Side twin, String reason) {
	}

	/**
	 * An agreement of the registry the Wikidata result lacks.
	 *
	 * @param agreement its id
	 * @param partyA one party's government
	 * @param itemA its Wikidata item id, if it carries one
	 * @param partyB the other party's government
	 * @param itemB its Wikidata item id, if it carries one
	 */
	public record MissingInWikidata(String agreement, String partyA, @Nullable String itemA, String partyB,
			@Nullable String itemB) {
	}

}
