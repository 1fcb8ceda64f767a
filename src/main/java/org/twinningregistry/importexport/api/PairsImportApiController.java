package org.twinningregistry.importexport.api;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.twinningregistry.importexport.MalformedPackageException;
import org.twinningregistry.importexport.PairsImport;
import org.twinningregistry.importexport.PairsReport;
import org.twinningregistry.shared.ProblemTypes;

/**
 * Checks a pairs list ({@code city1,country1,city2,country2}) against the registry and
 * the world gazetteer, as the CSV body or a multipart file, and answers the
 * reconciliation report. It writes nothing: a curator commits a list from the page
 * {@code /imports/pairs}, where ambiguous rows are settled.
 */
@RestController
@RequestMapping("/api/v1/imports/pairs")
class PairsImportApiController {

	private static final String DRY_RUN_ONLY = "import.pairs.dry-run-only";

	private final PairsImport pairs;

	private final MessageSource messages;

	PairsImportApiController(PairsImport pairs, MessageSource messages) {
		this.pairs = pairs;
		this.messages = messages;
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	PairsReport check(@RequestBody byte[] body, @RequestParam(defaultValue = "true") boolean dryRun,
			HttpServletRequest request) {
		requireDryRun(dryRun);
		return this.pairs.reconcile(body, locale(request));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PairsReport checkFile(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun,
			HttpServletRequest request) throws IOException {
		requireDryRun(dryRun);
		return this.pairs.reconcile(file.getBytes(), locale(request));
	}

	@ExceptionHandler(MalformedPackageException.class)
	ProblemDetail malformed(MalformedPackageException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale(request)));
		problem.setType(ProblemTypes.of(ex.code()));
		problem.setProperty("code", ex.code());
		return problem;
	}

	private static void requireDryRun(boolean dryRun) {
		if (!dryRun) {
			throw new MalformedPackageException(DRY_RUN_ONLY);
		}
	}

	/** The language the client asks for, else English (not the server's). */
	private static Locale locale(HttpServletRequest request) {
		return (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale() : Locale.ENGLISH;
	}

}
