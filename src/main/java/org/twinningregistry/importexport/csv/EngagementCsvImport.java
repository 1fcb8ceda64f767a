package org.twinningregistry.importexport.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.engagement.UpsertEngagement;
import org.twinningregistry.importexport.report.ImportCancelledException;
import org.twinningregistry.importexport.report.ImportProgress;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.upload.ImportTooLargeException;
import org.twinningregistry.importexport.format.TableSchema;
import org.twinningregistry.shared.BulkWriter;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.UpsertResult;

/**
 * Reads {@code engagements.csv} as a stream and writes its rows through the
 * {@link EngagementLog}'s bulk writer a batch at a time: each row's cells are checked,
 * then the writer checks the engagement rules (with the facts of every agreement, read
 * once) and reports each row refused or written, with its warnings. Memory thus holds one
 * batch and the ids seen, whatever the file's size.
 */
@Component
public class EngagementCsvImport {

	private static final int MAX_PARTICIPANTS = Integer.MAX_VALUE;

	private static final Logger log = LoggerFactory.getLogger(EngagementCsvImport.class);

	private final EngagementLog engagements;

	private final ImportSettings settings;

	EngagementCsvImport(EngagementLog engagements, ImportSettings settings) {
		this.engagements = engagements;
		this.settings = settings;
	}

	/**
	 * Imports the rows of {@code engagements.csv}, after the governments and agreements,
	 * in the same transaction.
	 * @throws ImportCancelledException when the progress listener asks to stop, checked
	 * before each row
	 * @throws ImportTooLargeException if the file has more rows than
	 * {@code registry.import.max-engagement-rows}
	 */
	public void run(TableStream rows, Findings findings, FileTally tally, ImportProgress progress) {
		if (rows.rows() > this.settings.maxEngagementRows()) {
			throw new ImportTooLargeException("import.csv.too-many-rows", tally.file(),
					this.settings.maxEngagementRows());
		}
		Batch batch = new Batch(this.engagements.bulkWriter(), findings, tally, progress);
		rows.forEach(row -> {
			if (progress.cancelRequested()) {
				throw new ImportCancelledException();
			}
			tally.row();
			batch.add(row, values(row));
		});
		batch.write();
		log.info("Data package import: {}: {} ms writing", tally.file(), batch.writing / 1_000_000);
	}

	@Nullable EngagementValues values(CsvRow row) {
		row.id("id", true);
		String agreement = row.id("agreement", true);
		Integer year = row.year("year");
		PartialDate date = row.date("date", false);
		PartialDate endDate = row.date("end_date", false);
		Category category = row.code("category", Category.class, true);
		String origin = row.id("origin", true);
		EngagementForm form = row.code("form", EngagementForm.class, false);
		EngagementMode mode = row.code("mode", EngagementMode.class, false);
		Integer participants = participants(row);
		OfficialLevel level = row.code("official_level", OfficialLevel.class, false);
		BigDecimal cost = row.decimal("cost");
		String title = row.required("title");
		if (!row.usable() || agreement == null || year == null || category == null || origin == null || title == null) {
			return null;
		}
		return new EngagementValues(new AgreementId(agreement), year, date, endDate, category, origin, form, mode,
				participants, level, cost, row.text("currency"), title, row.text("description"), row.text("source"));
	}

	private static @Nullable Integer participants(CsvRow row) {
		Long whole = row.whole("participants");
		if (whole != null && whole > MAX_PARTICIPANTS) {
			row.fail("participants", "rule.range", 0, MAX_PARTICIPANTS);
			return null;
		}
		return (whole != null) ? whole.intValue() : null;
	}

	/** The rows read and not yet written. */
	private static final class Batch {

		private final BulkWriter<UpsertEngagement> writer;

		private final Findings findings;

		private final FileTally tally;

		private final ImportProgress progress;

		private final List<CsvRow> read = new ArrayList<>(BulkWriter.BATCH);

		private final List<UpsertEngagement> rows = new ArrayList<>(BulkWriter.BATCH);

		private int done;

		private long writing;

		Batch(BulkWriter<UpsertEngagement> writer, Findings findings, FileTally tally, ImportProgress progress) {
			this.writer = writer;
			this.findings = findings;
			this.tally = tally;
			this.progress = progress;
		}

		void add(CsvRow row, @Nullable EngagementValues values) {
			this.done++;
			if (row.usable() && values != null) {
				this.read.add(row);
				this.rows.add(new UpsertEngagement(new EngagementId(row.text(TableSchema.ID)), values));
			}
			if (this.done >= BulkWriter.BATCH) {
				write();
			}
		}

		void write() {
			long started = System.nanoTime();
			List<UpsertResult> results = this.writer.write(this.rows);
			this.writing += System.nanoTime() - started;
			for (int i = 0; i < results.size(); i++) {
				TableCsvImport.report(this.read.get(i), results.get(i), this.findings, this.tally);
			}
			this.read.clear();
			this.rows.clear();
			this.progress.rowsDone(this.done);
			this.done = 0;
		}

	}

}
