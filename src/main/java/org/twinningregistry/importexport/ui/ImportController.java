package org.twinningregistry.importexport.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.job.ImportJobId;
import org.twinningregistry.importexport.job.ImportJobSummary;
import org.twinningregistry.importexport.job.ImportJobs;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.upload.ImportTooLargeException;
import org.twinningregistry.importexport.upload.MalformedPackageException;
import org.twinningregistry.importexport.WorkbookImporter;
import org.twinningregistry.shared.RegistryException;

/**
 * The imports page: downloads for everyone, and for a curator a form that imports a
 * filled XLSX template or a data package ZIP, then shows the report (or why the file
 * could not be read). In the background, the import runs as a job the page follows: a
 * progress bar fed by {@code /js/import-job.js} polling {@code /imports/jobs/{id}}, a
 * cancel button, then the same report.
 */
@Controller
class ImportController {

	private final WorkbookImporter workbooks;

	private final DataPackageImporter packages;

	private final ImportSettings limits;

	private final ImportJobs jobs;

	ImportController(WorkbookImporter workbooks, DataPackageImporter packages, ImportSettings limits, ImportJobs jobs) {
		this.workbooks = workbooks;
		this.packages = packages;
		this.limits = limits;
		this.jobs = jobs;
	}

	/**
	 * The page; with {@code job}, the caller's background import, and its report once it
	 * ended.
	 */
	@GetMapping("/imports")
	String page(@RequestParam(required = false) @Nullable String job, Model model) {
		if (job != null) {
			ImportJobSummary summary = this.jobs.find(new ImportJobId(job));
			model.addAttribute("job", summary);
			if (summary.report() != null) {
				model.addAttribute("report", summary.report());
			}
		}
		return "importexport/imports";
	}

	@PostMapping("/imports")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean background, Locale locale, RedirectAttributes redirect)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			this.limits.checkSize(file.getSize());
			ImportOptions options = new ImportOptions(dryRun, locale);
			String name = String.valueOf(file.getOriginalFilename());
			if (background) {
				return "redirect:/imports?job=" + submit(name, in, options).id();
			}
			redirect.addFlashAttribute("report", run(name, in, options));
		}
		catch (MalformedPackageException | ImportTooLargeException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/imports";
	}

	/** The caller's background import, polled by the page's script. */
	@GetMapping(path = "/imports/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ImportJobSummary job(@PathVariable String id) {
		return this.jobs.find(new ImportJobId(id));
	}

	@PostMapping("/imports/jobs/{id}/cancel")
	String cancel(@PathVariable String id) {
		return "redirect:/imports?job=" + this.jobs.cancel(new ImportJobId(id)).id();
	}

	private ImportJobSummary submit(String name, InputStream in, ImportOptions options) throws IOException {
		if (zip(name)) {
			return this.jobs.submitPackage(this.limits.limit(in).readAllBytes(), options);
		}
		return this.jobs.submitWorkbook(this.limits.limit(in).readAllBytes(), options);
	}

	private static boolean zip(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	private ImportReport run(String name, InputStream in, ImportOptions options) {
		if (zip(name)) {
			try (DataPackageFiles files = DataPackageFiles.fromZip(this.limits.limit(in), this.limits)) {
				return this.packages.importPackage(files, options);
			}
		}
		return this.workbooks.importWorkbook(in, options);
	}

	private static DefaultMessageSourceResolvable problem(RegistryException ex) {
		return new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.arguments(), ex.code());
	}

}
