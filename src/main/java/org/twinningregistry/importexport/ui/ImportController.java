package org.twinningregistry.importexport.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.importexport.DataPackageFiles;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.ImportReport;
import org.twinningregistry.importexport.ImportSettings;
import org.twinningregistry.importexport.ImportTooLargeException;
import org.twinningregistry.importexport.MalformedPackageException;
import org.twinningregistry.importexport.WorkbookImporter;
import org.twinningregistry.shared.RegistryException;

/**
 * The imports page: downloads for everyone, and for a curator a form that imports a
 * filled XLSX template or a data package ZIP, then shows the report (or why the file
 * could not be read).
 */
@Controller
class ImportController {

	private final WorkbookImporter workbooks;

	private final DataPackageImporter packages;

	private final ImportSettings limits;

	ImportController(WorkbookImporter workbooks, DataPackageImporter packages, ImportSettings limits) {
		this.workbooks = workbooks;
		this.packages = packages;
		this.limits = limits;
	}

	@GetMapping("/imports")
	String page() {
		return "importexport/imports";
	}

	@PostMapping("/imports")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			Locale locale, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			this.limits.checkSize(file.getSize());
			ImportReport report = run(String.valueOf(file.getOriginalFilename()), in,
					new ImportOptions(dryRun, locale));
			redirect.addFlashAttribute("report", report);
		}
		catch (MalformedPackageException | ImportTooLargeException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/imports";
	}

	private ImportReport run(String name, InputStream in, ImportOptions options) {
		if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return this.packages.importPackage(DataPackageFiles.fromZip(this.limits.limit(in)), options);
		}
		return this.workbooks.importWorkbook(in, options);
	}

	private static DefaultMessageSourceResolvable problem(RegistryException ex) {
		return new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.arguments(), ex.code());
	}

}
