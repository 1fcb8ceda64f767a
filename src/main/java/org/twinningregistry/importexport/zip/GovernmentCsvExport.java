package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.importexport.format.DataPackageSchema;

/** Writes {@code governments.csv}: every government, in id order, a page at a time. */
@Component
class GovernmentCsvExport {

	private final Gazetteer gazetteer;

	GovernmentCsvExport(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	void write(OutputStream out) throws IOException {
		CsvTableWriter csv = new CsvTableWriter(DataPackageSchema.GOVERNMENTS, out);
		this.gazetteer.forEach(government -> {
			GovernmentValues v = government.values();
			csv.row(government.id().value(), v.name(), v.nameFr(), v.nameLocal(), v.country(), v.subdivision(),
					v.level(), v.parent(), v.population(), v.latitude(), v.longitude(), v.wikidata(), v.geonames());
		});
		csv.finish();
	}

}
