package org.twinningregistry.importexport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinningregistry.importexport.csv.CsvRow;
import org.twinningregistry.importexport.csv.FileTally;
import org.twinningregistry.importexport.csv.Findings;
import org.twinningregistry.importexport.csv.MalformedCsvException;
import org.twinningregistry.importexport.csv.TableImports;
import org.twinningregistry.importexport.csv.TableSource;
import org.twinningregistry.importexport.csv.TableStream;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.TableSchema;
import org.twinningregistry.importexport.report.FileReport;
import org.twinningregistry.importexport.report.ImportCancelledException;
import org.twinningregistry.importexport.report.ImportProgress;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.report.ImportReports;
import org.twinningregistry.importexport.report.ImportStatus;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.upload.MalformedPackageException;
import org.twinningregistry.importexport.upload.PackageCsvFiles;

/**
 * Imports a data package: all or nothing, in one transaction. Every cell is checked and
 * every row goes through its module's facade (governments, then agreements, each file
 * ordered so that what a row names is written first, then engagements, read as a stream
 * and written a batch at a time, then plans with their planned activities, then documents
 * with their files); when any row has an error, or in a dry run, the transaction is
 * rolled back. Writing needs a curator, as the facades check: a request by a signed-in
 * curator, or work run through {@code SystemCurator}.
 */
@Service
public class DataPackageImporter {

	private static final Logger log = LoggerFactory.getLogger(DataPackageImporter.class);

	private final TableImports imports;

	private final TransactionTemplate transactions;

	private final ImportReports reports;

	DataPackageImporter(TableImports imports, PlatformTransactionManager transactionManager, ImportReports reports) {
		this.imports = imports;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reports = reports;
	}

	/**
	 * Checks the package and, unless it is a dry run or something is wrong, writes it.
	 * @return the report: status, counts per file, the errors and the warnings (the first
	 * ones, and how many more)
	 * @throws MalformedPackageException if a CSV file cannot be read as CSV at all
	 * @throws org.springframework.security.access.AccessDeniedException if the caller is
	 * no curator
	 * @throws ImportCancelledException if the options' progress listener asked to stop;
	 * nothing is then written
	 */
	public ImportReport importPackage(DataPackageFiles files, ImportOptions options) {
		return importTables(new PackageCsvFiles(files), options);
	}

	/**
	 * Checks the tables, CSV files or sheets, and unless it is a dry run or something is
	 * wrong, writes them: the one path every import takes.
	 */
	ImportReport importTables(TableSource tables, ImportOptions options) {
		try {
			ImportReport report = this.transactions.execute(status -> run(tables, options, status));
			log.info("Data package import {}: {}, {} error(s), {} warning(s)", report.status(), report.files(),
					report.errorCount(), report.warningCount());
			return report;
		}
		catch (MalformedCsvException ex) {
			throw new MalformedPackageException("import.csv.malformed", ex.file(), ex.line(), ex.getMessage());
		}
	}

	private ImportReport run(TableSource tables, ImportOptions options, TransactionStatus transaction) {
		Findings findings = this.reports.findings();
		tables.reportStrays(findings);
		// governments and agreements are read before any row is written, engagements are
		// counted, so that progress knows the total; engagements are then read as they go
		Map<TableSchema, List<CsvRow>> rows = new LinkedHashMap<>();
		for (TableSchema table : List.of(DataPackageSchema.GOVERNMENTS, DataPackageSchema.AGREEMENTS,
				DataPackageSchema.PLANS, DataPackageSchema.PLANNED_ACTIVITIES, DataPackageSchema.DOCUMENTS)) {
			if (tables.name(table) != null) {
				rows.put(table, tables.rows(table, findings));
			}
		}
		TableStream engagementRows = (tables.name(DataPackageSchema.ENGAGEMENTS) != null)
				? tables.stream(DataPackageSchema.ENGAGEMENTS, findings) : null;
		ImportProgress progress = options.progress();
		progress.total(rows.values().stream().mapToLong(List::size).sum()
				+ ((engagementRows != null) ? engagementRows.rows() : 0));
		List<FileTally> tallies = new ArrayList<>();
		Map<String, CsvRow> writtenGovernments = Map.of();
		long started = System.nanoTime();
		if (rows.containsKey(DataPackageSchema.GOVERNMENTS)) {
			FileTally tally = tally(tallies, tables.name(DataPackageSchema.GOVERNMENTS));
			writtenGovernments = this.imports.governments()
				.run(rows.get(DataPackageSchema.GOVERNMENTS), findings, tally, progress);
			started = logTime(tally, started);
		}
		if (rows.containsKey(DataPackageSchema.AGREEMENTS)) {
			FileTally tally = tally(tallies, tables.name(DataPackageSchema.AGREEMENTS));
			this.imports.agreements().run(rows.get(DataPackageSchema.AGREEMENTS), findings, tally, progress);
			started = logTime(tally, started);
		}
		if (engagementRows != null) {
			FileTally tally = tally(tallies, tables.name(DataPackageSchema.ENGAGEMENTS));
			this.imports.engagements().run(engagementRows, findings, tally, progress);
			started = logTime(tally, started);
		}
		if (rows.containsKey(DataPackageSchema.PLANS) || rows.containsKey(DataPackageSchema.PLANNED_ACTIVITIES)) {
			importPlans(tables, rows, findings, tallies, progress);
			started = logTime(tallies.get(tallies.size() - 1), started);
		}
		if (rows.containsKey(DataPackageSchema.DOCUMENTS)) {
			// after the records they hang under, which the same transaction wrote
			FileTally tally = tally(tallies, tables.name(DataPackageSchema.DOCUMENTS));
			this.imports.documents().run(rows.get(DataPackageSchema.DOCUMENTS), tables, findings, tally, progress);
			logTime(tally, started);
		}
		this.imports.governments().warnWithoutAgreement(writtenGovernments, findings);
		ImportStatus status = findings.hasErrors() ? ImportStatus.REJECTED
				: options.dryRun() ? ImportStatus.VALID : ImportStatus.IMPORTED;
		if (status != ImportStatus.IMPORTED) {
			transaction.setRollbackOnly();
		}
		return this.reports.report(status, options, tallies.stream().map(DataPackageImporter::report).toList(),
				findings);
	}

	/**
	 * Imports the plans with their activities: a package's planned activities belong to
	 * its plans, so a package with activities and no {@code plans.csv} has only errors.
	 */
	private void importPlans(TableSource tables, Map<TableSchema, List<CsvRow>> rows, Findings findings,
			List<FileTally> tallies, ImportProgress progress) {
		String plans = tables.name(DataPackageSchema.PLANS);
		FileTally planTally = (plans != null) ? tally(tallies, plans)
				: new FileTally(DataPackageSchema.PLANS.fileName());
		String activities = tables.name(DataPackageSchema.PLANNED_ACTIVITIES);
		FileTally activityTally = (activities != null) ? tally(tallies, activities) : null;
		this.imports.plans()
			.run(rows.getOrDefault(DataPackageSchema.PLANS, List.of()),
					rows.getOrDefault(DataPackageSchema.PLANNED_ACTIVITIES, List.of()), findings, planTally,
					activityTally, progress);
	}

	/** Logs how long a table took (benchmarks/import_benchmark.py reads it). */
	private static long logTime(FileTally tally, long started) {
		long now = System.nanoTime();
		log.info("Data package import: {}: {} row(s) in {} ms", tally.file(), tally.rows(),
				(now - started) / 1_000_000);
		return now;
	}

	private static FileTally tally(List<FileTally> tallies, String file) {
		FileTally tally = new FileTally(file);
		tallies.add(tally);
		return tally;
	}

	private static FileReport report(FileTally tally) {
		return new FileReport(tally.file(), tally.rows(), tally.created(), tally.updated(), tally.unchanged());
	}

}
