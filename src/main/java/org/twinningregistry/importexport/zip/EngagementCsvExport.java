package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.RegistryRows;

/** Writes {@code engagements.csv}: every engagement, in id order, a page at a time. */
@Component
class EngagementCsvExport {

	private final RegistryRows rows;

	EngagementCsvExport(RegistryRows rows) {
		this.rows = rows;
	}

	void write(OutputStream out) throws IOException {
		CsvTableWriter csv = new CsvTableWriter(DataPackageSchema.ENGAGEMENTS, out);
		this.rows.forEach(DataPackageSchema.ENGAGEMENTS, values -> csv.row(values.toArray()));
		csv.finish();
	}

}
