package org.twinningregistry.importexport.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.ImportCancelledException;
import org.twinningregistry.importexport.ImportProgress;
import org.twinningregistry.importexport.format.TableSchema;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;

/**
 * The steps every table's import takes: read each row's cells into the facade's values,
 * order the rows so that those a row names come first, then upsert them one by one,
 * turning the facade's rule violations into errors of the row.
 *
 * @param <V> the facade's values type
 */
abstract class TableCsvImport<V> {

	/**
	 * Rows after which the persistence context is flushed and forgotten: every query of a
	 * facade otherwise checks every entity the import has touched so far for changes.
	 */
	private static final int CLEAR_EVERY = 200;

	private final TableSchema schema;

	private final EntityManager entities;

	TableCsvImport(TableSchema schema, EntityManager entities) {
		this.schema = schema;
		this.entities = entities;
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
	 * before each row is written
	 */
	public Map<String, CsvRow> run(List<CsvRow> rows, Findings findings, FileTally tally, ImportProgress progress) {
		List<Parsed<V>> parsed = new ArrayList<>();
		for (CsvRow row : rows) {
			tally.row();
			V values = values(row);
			if (row.usable() && values != null) {
				parsed.add(new Parsed<>(row.text(TableSchema.ID), row, values));
			}
		}
		progress.rowsDone(rows.size() - parsed.size());
		Map<String, CsvRow> written = new LinkedHashMap<>();
		int done = 0;
		for (Parsed<V> item : DependencyOrder.sort(parsed, Parsed::id, p -> dependency(p.values()))) {
			if (progress.cancelRequested()) {
				throw new ImportCancelledException();
			}
			try {
				tally.count(upsert(item.id(), item.values()));
				written.put(item.id(), item.row());
				findings.violations(item.row(), warnings(item.values()), true);
			}
			catch (RuleViolationException ex) {
				findings.violations(item.row(), ex.violations(), false);
			}
			progress.rowsDone(1);
			if (++done % CLEAR_EVERY == 0) {
				this.entities.flush();
				this.entities.clear();
			}
		}
		return written;
	}

	/**
	 * The row's values, or {@code null} when a cell is wrong (the row has recorded why).
	 */
	abstract @Nullable V values(CsvRow row);

	/** The id of another row of the same file that must be written first. */
	abstract @Nullable String dependency(V values);

	abstract UpsertOutcome upsert(String id, V values);

	/** What is odd but allowed about the values just written. */
	List<org.twinningregistry.shared.Violation> warnings(V values) {
		return List.of();
	}

	private record Parsed<V>(String id, CsvRow row, V values) {

	}

}
