package org.twinningregistry.importexport.wikidata;

import java.util.List;

/**
 * The QuickStatements commands of an export.
 *
 * @param lines the commands, one per line
 * @param withoutItems the agreements left out because a party carries no Wikidata id
 */
public record WikidataStatements(List<String> lines, List<String> withoutItems) {

	public WikidataStatements {
		lines = List.copyOf(lines);
		withoutItems = List.copyOf(withoutItems);
	}

	/** The commands as a text file: one per line, each line ended. */
	public String text() {
		return this.lines.isEmpty() ? "" : String.join("\n", this.lines) + "\n";
	}

}
