package org.twinningregistry.importexport.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.upload.ImportTooLargeException;
import org.twinningregistry.importexport.csv.RowCells;

/**
 * Collects the rows of one sheet as it is parsed, each cell's text at its column (cells
 * the sheet skips are empty), each row with the row number a spreadsheet shows. Stops
 * with {@link ImportTooLargeException} past the most data rows allowed (the header
 * aside).
 */
final class SheetCollector implements SheetContentsHandler {

	private final String sheet;

	private final int maxRows;

	private final List<RowCells> rows = new ArrayList<>();

	private @Nullable List<String> cells;

	private int rowNumber;

	SheetCollector(String sheet, int maxRows) {
		this.sheet = sheet;
		this.maxRows = maxRows;
	}

	List<RowCells> rows() {
		return this.rows;
	}

	@Override
	public void startRow(int rowNum) {
		if (this.rows.size() > this.maxRows) {
			throw new ImportTooLargeException("import.xlsx.too-many-rows", this.sheet, this.maxRows);
		}
		this.rowNumber = rowNum + 1;
		this.cells = new ArrayList<>();
	}

	@Override
	public void endRow(int rowNum) {
		List<String> row = this.cells;
		if (row == null) {
			return;
		}
		while (!row.isEmpty() && row.get(row.size() - 1).isBlank()) {
			row.remove(row.size() - 1);
		}
		this.rows.add(new RowCells(this.rowNumber, row));
		this.cells = null;
	}

	@Override
	public void cell(@Nullable String cellReference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
		List<String> row = this.cells;
		if (row == null) {
			return;
		}
		int column = (cellReference != null) ? new CellReference(cellReference).getCol() : row.size();
		while (row.size() < column) {
			row.add("");
		}
		String text = (formattedValue != null) ? formattedValue : "";
		if (row.size() == column) {
			row.add(text);
		}
		else {
			row.set(column, text);
		}
	}

}
