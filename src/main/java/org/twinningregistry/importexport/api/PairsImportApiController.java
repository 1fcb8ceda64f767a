package org.twinningregistry.importexport.api;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.twinningregistry.importexport.upload.MalformedPackageException;
import org.twinningregistry.importexport.pairs.PairsImport;
import org.twinningregistry.importexport.pairs.PairsReport;

/**
 * Checks a pairs list ({@code city1,country1,city2,country2}) against the registry and
 * the world gazetteer, as the CSV body or a multipart file, and answers the
 * reconciliation report. It writes nothing: a curator commits a list from the page
 * {@code /imports/pairs}, where ambiguous rows are settled.
 */
@RestController
@RequestMapping("/api/v1/imports/pairs")
@Tag(name = "Imports")
class PairsImportApiController {

	private static final String DRY_RUN_ONLY = "import.pairs.dry-run-only";

	private static final String PAIRS = "Reconciles a pairs list (CSV `city1,country1,city2,country2`) against the registry and the "
			+ "world gazetteer and answers the report: each row's candidates and what a commit would write. It"
			+ " writes nothing: a curator settles the ambiguous rows and commits on the page /imports/pairs.";

	private final PairsImport pairs;

	PairsImportApiController(PairsImport pairs) {
		this.pairs = pairs;
	}

	@Operation(summary = "Check a pairs list", description = PAIRS)
	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	PairsReport check(@RequestBody byte[] body, @Parameter(
			description = "Must be true: the API only checks") @RequestParam(defaultValue = "true") boolean dryRun,
			Locale locale) {
		requireDryRun(dryRun);
		return this.pairs.reconcile(body, locale);
	}

	@Operation(summary = "Check a pairs list", description = PAIRS)
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PairsReport checkFile(@RequestPart("file") MultipartFile file, @Parameter(
			description = "Must be true: the API only checks") @RequestParam(defaultValue = "true") boolean dryRun,
			Locale locale) throws IOException {
		requireDryRun(dryRun);
		return this.pairs.reconcile(file.getBytes(), locale);
	}

	private static void requireDryRun(boolean dryRun) {
		if (!dryRun) {
			throw new MalformedPackageException(DRY_RUN_ONLY);
		}
	}

}
