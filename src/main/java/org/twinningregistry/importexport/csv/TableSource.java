package org.twinningregistry.importexport.csv;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.format.TableSchema;

/**
 * The tables of a package to import, however they came: the CSV files of a data package
 * or the sheets of a workbook. The importer asks each table for its rows and puts them
 * all through the same checks.
 */
public interface TableSource {

	/**
	 * Records as errors whatever does not belong in the package: a file or a sheet that
	 * is no table of it.
	 */
	void reportStrays(Findings findings);

	/**
	 * The name the table's errors give, a file name or a sheet name, or {@code null} when
	 * the package lacks that table.
	 */
	@Nullable String name(TableSchema table);

	/**
	 * A file the package holds beside its tables, by its path in the package (a document
	 * of {@code documents.csv}, under {@code documents/}), or {@code null} when it holds
	 * none there (a workbook holds no files).
	 */
	default @Nullable CsvContent file(String path) {
		return null;
	}

	/** The table's data rows; called only for a table that has a name. */
	List<CsvRow> rows(TableSchema table, Findings findings);

	/**
	 * The table's data rows, to be read one at a time as they are walked; called only for
	 * a table that has a name. A source that holds its rows anyway hands them on.
	 */
	default TableStream stream(TableSchema table, Findings findings) {
		return TableStream.of(rows(table, findings));
	}

}
