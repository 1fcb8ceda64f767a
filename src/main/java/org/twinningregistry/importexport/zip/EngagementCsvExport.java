package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Component;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.importexport.format.DataPackageSchema;

/** Writes {@code engagements.csv}: every engagement, in id order, a page at a time. */
@Component
class EngagementCsvExport {

	private final EngagementLog engagements;

	EngagementCsvExport(EngagementLog engagements) {
		this.engagements = engagements;
	}

	void write(OutputStream out) throws IOException {
		CsvTableWriter csv = new CsvTableWriter(DataPackageSchema.ENGAGEMENTS, out);
		this.engagements.forEach(engagement -> {
			EngagementValues v = engagement.values();
			csv.row(engagement.id().value(), v.agreement(), v.year(), v.date(), v.endDate(), v.category(), v.origin(),
					v.form(), v.mode(), v.participants(), v.officialLevel(), v.cost(), v.currency(), v.title(),
					v.description(), v.source());
		});
		csv.finish();
	}

}
