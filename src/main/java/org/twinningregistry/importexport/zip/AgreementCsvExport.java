package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.importexport.format.DataPackageSchema;

/** Writes {@code agreements.csv}: every agreement, in id order, a page at a time. */
@Component
class AgreementCsvExport {

	private final AgreementRegistry agreements;

	AgreementCsvExport(AgreementRegistry agreements) {
		this.agreements = agreements;
	}

	void write(OutputStream out) throws IOException {
		CsvTableWriter csv = new CsvTableWriter(DataPackageSchema.AGREEMENTS, out);
		this.agreements.forEach(agreement -> {
			AgreementValues v = agreement.values();
			csv.row(agreement.id().value(), v.partyA(), v.partyB(), v.type(), v.signed(), v.status(), v.ended(),
					v.termEnds(), v.renewed(), v.councilResolution(), v.supersedes(), v.purposes(), v.source(),
					v.notes());
		});
		csv.finish();
	}

}
