package org.twinningregistry.importexport;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Service;
import org.twinningregistry.importexport.xlsx.RegistryXlsxExport;

/**
 * The data package as a spreadsheet: the XLSX template a clerk fills in and imports
 * ({@link WorkbookImporter}), and the whole registry in the same layout, which imports
 * back unchanged. Reading is public, like every read of the registry.
 */
@Service
public class WorkbookExporter {

	private final RegistryXlsxExport xlsx;

	WorkbookExporter(RegistryXlsxExport xlsx) {
		this.xlsx = xlsx;
	}

	/**
	 * Writes the template: a sheet per table with its header row, drop-down lists of the
	 * codes and no data. The stream stays open.
	 */
	public void template(OutputStream out) throws IOException {
		this.xlsx.template(out);
	}

	/**
	 * Writes every government, agreement and engagement, in id order, in the template's
	 * layout. The stream stays open.
	 */
	public void registry(OutputStream out) throws IOException {
		this.xlsx.registry(out);
	}

}
