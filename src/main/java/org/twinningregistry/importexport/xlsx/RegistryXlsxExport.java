package org.twinningregistry.importexport.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.RegistryRows;
import org.twinningregistry.importexport.format.TableSchema;

/**
 * Writes workbooks of the data package's tables: a sheet per table ({@code governments},
 * {@code agreements}, {@code engagements}) laid out by {@link SheetLayout}, and the
 * hidden {@code codes} sheet the drop-down lists read. The template has the header rows
 * only; the registry export adds every record, in id order, streamed a few rows at a
 * time, so that memory stays bounded whatever the registry's size.
 */
@Component
public class RegistryXlsxExport {

	/** Rows kept in memory per sheet; older ones go to a temporary file. */
	private static final int WINDOW = 200;

	private final RegistryRows rows;

	private final Gazetteer gazetteer;

	RegistryXlsxExport(RegistryRows rows, Gazetteer gazetteer) {
		this.rows = rows;
		this.gazetteer = gazetteer;
	}

	/** Writes the empty template; the stream stays open. */
	public void template(OutputStream out) throws IOException {
		write(out, false);
	}

	/** Writes every record of the registry; the stream stays open. */
	public void registry(OutputStream out) throws IOException {
		write(out, true);
	}

	private void write(OutputStream out, boolean withRows) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			CodeLists codes = new CodeLists(
					this.gazetteer.countries(Locale.ENGLISH).keySet().stream().sorted().toList());
			SheetLayout layout = new SheetLayout(workbook, codes);
			for (TableSchema table : DataPackageSchema.TABLES) {
				SheetWriter sheet = new SheetWriter(layout.sheet(table), table, layout);
				if (withRows) {
					this.rows.forEach(table, sheet::row);
				}
			}
			codes.write(workbook);
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

}
