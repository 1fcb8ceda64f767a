package org.twinningregistry.importexport.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.twinningregistry.importexport.wikidata.WikidataExport;
import org.twinningregistry.importexport.wikidata.WikidataReconciliation;
import org.twinningregistry.importexport.wikidata.WikidataReport;
import org.twinningregistry.importexport.wikidata.WikidataResults;
import org.twinningregistry.importexport.wikidata.WikidataStatements;

/**
 * The round trip with Wikidata (docs/import-export.md, "Wikidata"): the published
 * agreements as QuickStatements commands (public; posted, by anyone signed in, with a
 * query result of the ties Wikidata has, those are left out), and a Wikidata query result
 * reconciled with the registry (curators).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Wikidata", description = "QuickStatements export and reconciliation of Wikidata's P190 ties")
class WikidataApiController {

	static final String SPARQL_JSON = "application/sparql-results+json";

	private static final String SCOPE = "A country (CA) or subdivision (CA-BC) one party lies in; every agreement when left out";

	private final WikidataExport export;

	private final WikidataReconciliation reconciliation;

	WikidataApiController(WikidataExport export, WikidataReconciliation reconciliation) {
		this.export = export;
		this.reconciliation = reconciliation;
	}

	@GetMapping(path = "/exports/wikidata-quickstatements.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Agreements as QuickStatements commands",
			description = "Each published agreement whose two parties carry Wikidata ids as two QuickStatements (v1) "
					+ "commands, P190 from each item to the other, with P580 (signed), P582 (ended) and an S854 "
					+ "reference: the agreement's source address, else its page in the registry. The header "
					+ "Registry-Without-Items counts the agreements left out for want of an item.")
	ResponseEntity<String> quickStatements(
			@Parameter(description = SCOPE) @RequestParam(required = false) @Nullable String scope) {
		return text(this.export.statements(scope, java.util.List.of()));
	}

	@PostMapping(path = "/exports/wikidata-quickstatements.txt",
			consumes = { SPARQL_JSON, MediaType.APPLICATION_JSON_VALUE, "text/csv" },
			produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Agreements as QuickStatements commands, less what Wikidata has",
			description = "As the GET, the body being a Wikidata query result of the P190 ties Wikidata has (SPARQL "
					+ "results JSON or CSV, as the query service downloads it): a statement it holds is left out.")
	ResponseEntity<String> quickStatementsBeyond(
			@Parameter(description = SCOPE) @RequestParam(required = false) @Nullable String scope,
			@RequestBody byte[] extract) {
		return text(this.export.statements(scope, WikidataResults.read(extract)));
	}

	@PostMapping(path = "/imports/wikidata", consumes = { SPARQL_JSON, MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	@Operation(summary = "Reconcile a Wikidata query result",
			description = "Matches the P190 ties of a Wikidata query result (SPARQL results JSON or CSV) to the "
					+ "registry's governments and agreements by item id, and reports the ties Wikidata has that "
					+ "the registry lacks and the agreements the registry has that Wikidata lacks. Writes nothing; "
					+ "curators only.")
	WikidataReport reconcile(@Parameter(description = "Check every agreement of this country (CA) or subdivision "
			+ "(CA-BC) against the result; without it, those between governments the result names") @RequestParam(
					required = false) @Nullable String scope,
			@RequestBody byte[] result) {
		return this.reconciliation.reconcile(result, scope);
	}

	@PostMapping(path = "/imports/wikidata", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Reconcile a Wikidata query result, uploaded as a form's file",
			description = "As the other POST, the result being the multipart part \"file\".")
	WikidataReport reconcileFile(@Parameter(description = SCOPE) @RequestParam(required = false) @Nullable String scope,
			@RequestPart("file") MultipartFile file) throws IOException {
		return this.reconciliation.reconcile(file.getBytes(), scope);
	}

	private static ResponseEntity<String> text(WikidataStatements statements) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"wikidata-quickstatements.txt\"")
			.header("Registry-Without-Items", Integer.toString(statements.withoutItems().size()))
			.body(statements.text());
	}

}
