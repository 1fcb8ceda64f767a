package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.RegistryRows;

/** Writes {@code agreements.csv}: every agreement, in id order, a page at a time. */
@Component
class AgreementCsvExport {

	private final RegistryRows rows;

	AgreementCsvExport(RegistryRows rows) {
		this.rows = rows;
	}

	void write(OutputStream out) throws IOException {
		CsvTableWriter csv = new CsvTableWriter(DataPackageSchema.AGREEMENTS, out);
		this.rows.forEach(DataPackageSchema.AGREEMENTS, values -> csv.row(values.toArray()));
		csv.finish();
	}

}
