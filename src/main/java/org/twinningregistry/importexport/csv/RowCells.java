package org.twinningregistry.importexport.csv;

import java.util.List;

/**
 * The cells of one row of a table as text, exactly as written, and where the row is: the
 * line of a CSV file as a text editor counts it, or the row number of a spreadsheet.
 *
 * @param line the line or row number (the header is usually 1)
 * @param cells the cells' text, an empty cell as the empty string
 */
public record RowCells(int line, List<String> cells) {

	public RowCells {
		cells = List.copyOf(cells);
	}

	/** Whether every cell is empty or blank. */
	public boolean blank() {
		return this.cells.stream().allMatch(String::isBlank);
	}

}
