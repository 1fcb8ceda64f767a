package org.twinningregistry.importexport.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.report.ImportCancelledException;
import org.twinningregistry.importexport.report.ImportProgress;
import org.twinningregistry.importexport.format.TableSchema;
import org.twinningregistry.shared.BulkWriter;
import org.twinningregistry.shared.InvalidTextException;
import org.twinningregistry.shared.UpsertResult;

/**
 * The steps every table's import takes: read each row's cells into the facade's values,
 * order the rows so that those a row names come first, then hand them to the facade's
 * {@link BulkWriter}, opened once per run, a batch at a time, turning the rule violations
 * it reports for a row into errors of the row and its warnings into warnings. The writer
 * keeps its own module's persistence context small between batches.
 *
 * @param <V> the facade's values type
 */
abstract class TableCsvImport<V> {

	private final TableSchema schema;

	TableCsvImport(TableSchema schema) {
		this.schema = schema;
	}

	/** The table this import reads. */
	public TableSchema schema() {
		return this.schema;
	}

	/**
	 * Imports the rows of a CSV file.
	 * @return the rows written (or, in a run that will be rolled back, that would be), by
	 * id
	 */
	public Map<String, CsvRow> run(byte[] file, Findings findings, FileTally tally) {
		return run(CsvTable.read(this.schema, file, findings), findings, tally, ImportProgress.NONE);
	}

	/**
	 * Imports rows read from any source (a CSV file, a spreadsheet's sheet).
	 * @return the rows written (or, in a run that will be rolled back, that would be), by
	 * id
	 * @throws ImportCancelledException when the progress listener asks to stop, checked
	 * before each batch of rows is written
	 */
	public Map<String, CsvRow> run(List<CsvRow> rows, Findings findings, FileTally tally, ImportProgress progress) {
		List<Parsed<V>> parsed = new ArrayList<>();
		for (CsvRow row : rows) {
			tally.row();
			V values = checkedValues(row, findings);
			if (row.usable() && values != null) {
				parsed.add(new Parsed<>(row.text(TableSchema.ID), row, values));
			}
		}
		progress.rowsDone(rows.size() - parsed.size());
		Map<String, CsvRow> written = new LinkedHashMap<>();
		List<Parsed<V>> sorted = DependencyOrder.sort(parsed, Parsed::id, p -> dependency(p.values()));
		BulkWriter<Parsed<V>> writer = writer();
		for (int from = 0; from < sorted.size(); from += BulkWriter.BATCH) {
			if (progress.cancelRequested()) {
				throw new ImportCancelledException();
			}
			List<Parsed<V>> batch = sorted.subList(from, Math.min(sorted.size(), from + BulkWriter.BATCH));
			List<UpsertResult> results = writer.write(batch);
			for (int i = 0; i < batch.size(); i++) {
				Parsed<V> item = batch.get(i);
				if (report(item.row(), results.get(i), findings, tally)) {
					written.put(item.id(), item.row());
				}
			}
			progress.rowsDone(batch.size());
		}
		return written;
	}

	/**
	 * Counts what a writer did with a row and reports its warnings, or the rules it broke
	 * as errors of the row.
	 * @return whether the row was written
	 */
	static boolean report(CsvRow row, UpsertResult result, Findings findings, FileTally tally) {
		if (result.outcome() == null) {
			findings.violations(row, result.violations(), false);
			return false;
		}
		tally.count(result.outcome());
		findings.violations(row, result.warnings(), true);
		return true;
	}

	/**
	 * The row's values, or {@code null} when a cell is wrong: a text the values refuse
	 * ({@link InvalidTextException}: a control character…) is an error of its cell.
	 */
	private @Nullable V checkedValues(CsvRow row, Findings findings) {
		try {
			return values(row);
		}
		catch (InvalidTextException ex) {
			findings.violations(row, ex.violations(), false);
			return null;
		}
	}

	/**
	 * The row's values, or {@code null} when a cell is wrong (the row has recorded why).
	 */
	abstract @Nullable V values(CsvRow row);

	/** The id of another row of the same file that must be written first. */
	abstract @Nullable String dependency(V values);

	/** The facade's writer for this run, taking the parsed rows. */
	abstract BulkWriter<Parsed<V>> writer();

	/** A row whose cells were read: its id, the row, and its values. */
	record Parsed<V>(String id, CsvRow row, V values) {

	}

}
