package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.format.RegistryRows;
import org.twinningregistry.importexport.format.TableSchema;

/** Writes one table of the package as CSV: every row, in key order, a page at a time. */
@Component
class TableCsvExport {

	private final RegistryRows rows;

	TableCsvExport(RegistryRows rows) {
		this.rows = rows;
	}

	void write(TableSchema table, OutputStream out) throws IOException {
		CsvTableWriter csv = new CsvTableWriter(table, out);
		this.rows.forEach(table, values -> csv.row(values.toArray()));
		csv.finish();
	}

}
