package org.twinningregistry.importexport.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementChecks;
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
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.Violation;

/**
 * Reads {@code engagements.csv} as a stream and writes its rows through the
 * {@link EngagementLog} a batch at a time: each row's cells are checked, then the
 * engagement rules with the facts of every agreement read once
 * ({@link EngagementChecks}), warning of engagements dated outside their agreement's
 * life; the rows without error go to {@link EngagementLog#upsertAll} a thousand at a
 * time. Memory thus holds one batch and the ids seen, whatever the file's size.
 */
@Component
public class EngagementCsvImport {

	/**
	 * Rows written in one call: enough to make the statements few, small enough to hold.
	 */
	static final int BATCH = 1000;

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
		Batch batch = new Batch(this.engagements.checks(), findings, tally, progress);
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

	/** The rows checked and not yet written. */
	private final class Batch {

		private final EngagementChecks checks;

		private final Findings findings;

		private final FileTally tally;

		private final ImportProgress progress;

		private final List<UpsertEngagement> rows = new ArrayList<>(BATCH);

		private int done;

		private long writing;

		Batch(EngagementChecks checks, Findings findings, FileTally tally, ImportProgress progress) {
			this.checks = checks;
			this.findings = findings;
			this.tally = tally;
			this.progress = progress;
		}

		void add(CsvRow row, @Nullable EngagementValues values) {
			this.done++;
			if (row.usable() && values != null) {
				List<Violation> errors = this.checks.errors(values);
				if (errors.isEmpty()) {
					this.rows.add(new UpsertEngagement(new EngagementId(row.text(TableSchema.ID)), values));
					this.findings.violations(row, this.checks.warnings(values), true);
				}
				else {
					this.findings.violations(row, errors, false);
				}
			}
			if (this.done >= BATCH) {
				write();
			}
		}

		void write() {
			long started = System.nanoTime();
			EngagementCsvImport.this.engagements.upsertAll(this.checks, this.rows).forEach(this.tally::count);
			this.writing += System.nanoTime() - started;
			this.rows.clear();
			this.progress.rowsDone(this.done);
			this.done = 0;
		}

	}

}
