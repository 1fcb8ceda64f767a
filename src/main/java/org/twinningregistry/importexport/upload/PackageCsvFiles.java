package org.twinningregistry.importexport.upload;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.csv.CsvContent;
import org.twinningregistry.importexport.csv.CsvRow;
import org.twinningregistry.importexport.csv.CsvTable;
import org.twinningregistry.importexport.csv.Findings;
import org.twinningregistry.importexport.csv.TableSource;
import org.twinningregistry.importexport.csv.TableStream;
import org.twinningregistry.importexport.format.TableSchema;

/** The CSV files of a data package as the importer reads them. */
public record PackageCsvFiles(DataPackageFiles files) implements TableSource {

	@Override
	public void reportStrays(Findings findings) {
		this.files.unknownFiles().forEach(name -> findings.error(name, null, null, null, "import.file.unknown", name));
	}

	@Override
	public @Nullable String name(TableSchema table) {
		return this.files.tables().containsKey(table.fileName()) ? table.fileName() : null;
	}

	@Override
	public List<CsvRow> rows(TableSchema table, Findings findings) {
		List<CsvRow> rows = new ArrayList<>();
		stream(table, findings).forEach(rows::add);
		return rows;
	}

	@Override
	public @Nullable CsvContent file(String path) {
		return this.files.documents().get(path);
	}

	@Override
	public TableStream stream(TableSchema table, Findings findings) {
		return CsvTable.stream(table, this.files.tables().get(table.fileName()), findings);
	}

}
