package org.twinningregistry.importexport.wikidata;

import java.io.IOException;

import org.springframework.core.io.ClassPathResource;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.upload.DataPackageFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped demo data package, imported as the demo loader does. */
final class DemoPackage {

	private DemoPackage() {
	}

	static void load(DataPackageImporter importer) throws IOException {
		DataPackageFiles files = DataPackageFiles.fromFolder(new ClassPathResource("demo").getFile().toPath());
		ImportReport report = SystemCurator.call(() -> importer.importPackage(files, ImportOptions.of(false)));
		assertThat(report.rejected()).as("%s", report.errors()).isFalse();
	}

}
