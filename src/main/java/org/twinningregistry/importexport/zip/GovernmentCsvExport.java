package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.RegistryRows;

/** Writes {@code governments.csv}: every government, in id order, a page at a time. */
@Component
class GovernmentCsvExport {

	private final RegistryRows rows;

	GovernmentCsvExport(RegistryRows rows) {
		this.rows = rows;
	}

	void write(OutputStream out) throws IOException {
		CsvTableWriter csv = new CsvTableWriter(DataPackageSchema.GOVERNMENTS, out);
		this.rows.forEach(DataPackageSchema.GOVERNMENTS, values -> csv.row(values.toArray()));
		csv.finish();
	}

}
