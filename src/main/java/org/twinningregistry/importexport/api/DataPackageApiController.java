package org.twinningregistry.importexport.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.job.ImportJobSummary;
import org.twinningregistry.importexport.job.ImportJobs;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.WorkbookImporter;
import org.twinningregistry.shared.ProblemTypes;
import org.twinningregistry.shared.PublicUrlSettings;

/**
 * Imports a data package (a ZIP as the body, or a multipart form with a ZIP or the CSV
 * files) or a filled XLSX template (as the body, or a form's {@code .xlsx} file), and
 * exports the registry as a data package. Uploads beyond {@code registry.import.max-size}
 * are answered with 413. An import answers when it is done: 200 with the report, or 422
 * problem details listing the errors (the first
 * {@code registry.import.max-reported-issues}, and how many more) when nothing was
 * written; with {@code async=true} it answers 202 at once with the URL of a job to follow
 * instead ({@link ImportJobApiController}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Imports",
		description = "Bulk writes: data packages and spreadsheets imported all or nothing, at once or as "
				+ "background jobs, and pairs lists reconciled against the gazetteer (docs/import-export.md).")
class DataPackageApiController {

	private static final String REJECTED = "import.rejected";

	private static final String IMPORT = "Imports a data package (docs/data-package.md) or a filled spreadsheet template, all or nothing "
			+ "(curators, each row within their rights): a ZIP of the CSV files as the body (application/zip),"
			+ " a workbook as the body (XLSX), or a multipart form with the ZIP, the CSV files or the "
			+ "workbook. Answers 200 with the report when it is done, or 422 problem details listing the rows'"
			+ " errors when nothing was written; with `async=true` 202 at once with the job to follow "
			+ "(`Location`). Beyond `registry.import.max-size`: 413.";

	private final DataPackageImporter importer;

	private final ImportJobs jobs;

	private final MessageSource messages;

	private final WorkbookImporter workbooks;

	private final ImportSettings limits;

	private final PublicUrlSettings urls;

	DataPackageApiController(DataPackageImporter importer, ImportJobs jobs, MessageSource messages,
			WorkbookImporter workbooks, ImportSettings limits, PublicUrlSettings urls) {
		this.importer = importer;
		this.jobs = jobs;
		this.messages = messages;
		this.workbooks = workbooks;
		this.limits = limits;
		this.urls = urls;
	}

	@Operation(summary = "Import a data package or spreadsheet", description = IMPORT)
	@PostMapping(path = "/imports",
			consumes = { "application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<Object> importZip(InputStream body,
			@Parameter(description = "Check everything and write nothing") @RequestParam(
					defaultValue = "false") boolean dryRun,
			@Parameter(description = "Run it as a background job and answer 202 with its address") @RequestParam(
					defaultValue = "false") boolean async,
			HttpServletRequest request) throws IOException {
		this.limits.checkSize(request.getContentLengthLong());
		if (async) {
			// kept as uploaded, in the database, for whichever instance runs the job
			return accepted(this.jobs.submitPackage(this.limits.limit(body).readAllBytes(), options(dryRun, request)));
		}
		return importFiles(DataPackageFiles.fromZip(this.limits.limit(body), this.limits), dryRun, request);
	}

	@Operation(summary = "Import a data package or spreadsheet", description = IMPORT)
	@PostMapping(path = "/imports", consumes = UploadedWorkbook.XLSX)
	ResponseEntity<Object> importWorkbook(InputStream body,
			@Parameter(description = "Check everything and write nothing") @RequestParam(
					defaultValue = "false") boolean dryRun,
			@Parameter(description = "Run it as a background job and answer 202 with its address") @RequestParam(
					defaultValue = "false") boolean async,
			HttpServletRequest request) throws IOException {
		this.limits.checkSize(request.getContentLengthLong());
		if (async) {
			return accepted(this.jobs.submitWorkbook(this.limits.limit(body).readAllBytes(), options(dryRun, request)));
		}
		return answer(this.workbooks.importWorkbook(body, options(dryRun, request)), request);
	}

	@Operation(summary = "Import a data package or spreadsheet", description = IMPORT)
	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Object> importParts(MultipartHttpServletRequest request,
			@Parameter(description = "Check everything and write nothing") @RequestParam(
					defaultValue = "false") boolean dryRun,
			@Parameter(description = "Run it as a background job and answer 202 with its address") @RequestParam(
					defaultValue = "false") boolean async)
			throws IOException {
		request.getMultiFileMap()
			.values()
			.forEach(files -> files.forEach(file -> this.limits.checkSize(file.getSize())));
		MultipartFile workbook = UploadedWorkbook.of(request.getMultiFileMap());
		if (workbook != null && async) {
			return accepted(this.jobs.submitWorkbook(workbook.getBytes(), options(dryRun, request)));
		}
		if (workbook != null) {
			try (InputStream xlsx = workbook.getInputStream()) {
				return answer(this.workbooks.importWorkbook(xlsx, options(dryRun, request)), request);
			}
		}
		if (async) {
			MultipartFile zip = UploadedParts.zip(request.getMultiFileMap());
			return accepted(
					(zip != null) ? this.jobs.submitPackage(zip.getBytes(), options(dryRun, request)) : this.jobs
						.submitFiles(UploadedParts.csvFiles(request.getMultiFileMap()), options(dryRun, request)));
		}
		return importFiles(UploadedParts.files(request.getMultiFileMap(), this.limits), dryRun, request);
	}

	/** Imports the files now, then deletes them. */
	private ResponseEntity<Object> importFiles(DataPackageFiles files, boolean dryRun, HttpServletRequest request) {
		try (files) {
			return answer(this.importer.importPackage(files, options(dryRun, request)), request);
		}
	}

	/** 202: the job is queued; its URL is where to follow it. */
	private ResponseEntity<Object> accepted(ImportJobSummary job) {
		ImportJobResponse response = ImportJobResponse.of(job, this.urls);
		return ResponseEntity.accepted().location(response.url()).body(response);
	}

	private ResponseEntity<Object> answer(ImportReport report, HttpServletRequest request) {
		if (!report.rejected()) {
			return ResponseEntity.ok(report);
		}
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, REJECTED,
				text(REJECTED, new Object[] { report.errorCount() }, request));
		problem.setProperty("dryRun", report.dryRun());
		problem.setProperty("files", report.files());
		problem.setProperty("errors", report.errors());
		problem.setProperty("warnings", report.warnings());
		problem.setProperty("omittedErrors", report.omittedErrors());
		problem.setProperty("omittedWarnings", report.omittedWarnings());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ProblemTypes.of(code));
		problem.setProperty("code", code);
		return problem;
	}

	private static ImportOptions options(boolean dryRun, HttpServletRequest request) {
		return new ImportOptions(dryRun, LocaleContextHolder.getLocale());
	}

	private String text(String code, Object[] arguments, HttpServletRequest request) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}
