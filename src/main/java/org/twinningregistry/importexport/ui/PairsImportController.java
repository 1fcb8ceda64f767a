package org.twinningregistry.importexport.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.importexport.upload.MalformedPackageException;
import org.twinningregistry.importexport.pairs.PairsCommit;
import org.twinningregistry.importexport.pairs.PairsImport;

/**
 * The pairs-list page: upload a list, read the reconciliation report, settle each
 * ambiguous row, choose the batch's agreement type and signing year, and commit.
 */
@Controller
class PairsImportController {

	private static final String VIEW = "importexport/pairs";

	private static final String CHOICE = "choice-";

	private final PairsImport pairs;

	PairsImportController(PairsImport pairs) {
		this.pairs = pairs;
	}

	@GetMapping("/imports/pairs")
	String page(Model model) {
		model.addAttribute("types", AgreementType.values());
		return VIEW;
	}

	@PostMapping("/imports/pairs")
	String check(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
		String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
		try {
			model.addAttribute("report", this.pairs.reconcile(file.getBytes(), locale));
			model.addAttribute("csv", csv);
		}
		catch (MalformedPackageException ex) {
			model.addAttribute("problem",
					new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.arguments()));
		}
		return page(model);
	}

	@PostMapping("/imports/pairs/commit")
	String commit(@RequestParam String csv, @RequestParam AgreementType type,
			@RequestParam(required = false) @Nullable Integer signedYear, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> choices = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(CHOICE)) {
				choices.put(name.substring(CHOICE.length()), value);
			}
		});
		redirect.addFlashAttribute("committed",
				this.pairs.commit(csv.getBytes(StandardCharsets.UTF_8), new PairsCommit(type, signedYear, choices)));
		redirect.addFlashAttribute("message", "importexport.pairs.flash.committed");
		return "redirect:/imports/pairs";
	}

}
