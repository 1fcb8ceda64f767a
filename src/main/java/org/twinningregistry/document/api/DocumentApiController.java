package org.twinningregistry.document.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.document.DocumentContent;
import org.twinningregistry.document.DocumentId;
import org.twinningregistry.document.DocumentSummary;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.workflow.RecordRef;

/**
 * The documents on file for agreements and engagements: upload, list, download, remove.
 * Downloads are attachments with {@code Content-Security-Policy: sandbox}, so that no
 * file, whatever it holds, runs as a page of the registry.
 */
@RestController
@Tag(name = "Documents", description = "Files attached to agreements and engagements")
class DocumentApiController {

	static final String PATH = "/api/v1/documents";

	private final DocumentArchive archive;

	DocumentApiController(DocumentArchive archive) {
		this.archive = archive;
	}

	@PostMapping(path = "/api/v1/agreements/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a document to an agreement",
			description = "Multipart parts file, title, kind, language (optional) and visibility. The content type is "
					+ "detected from the bytes: only PDF, images and office documents are accepted (422 otherwise), "
					+ "within registry.document.max-size (413). Needs a reporter of a party, or a reviewer or "
					+ "curator above one. Answers 201 with the document.")
	ResponseEntity<DocumentResponse> addToAgreement(
			@Parameter(description = "The agreement's id") @PathVariable String id,
			@Validated @ModelAttribute DocumentUploadRequest upload) {
		return added(AgreementRegistry.ref(new AgreementId(id)), upload);
	}

	@PostMapping(path = "/api/v1/engagements/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a document to an engagement",
			description = "As for an agreement; the engagement's parties are its agreement's.")
	ResponseEntity<DocumentResponse> addToEngagement(
			@Parameter(description = "The engagement's id") @PathVariable String id,
			@Validated @ModelAttribute DocumentUploadRequest upload) {
		return added(EngagementLog.ref(new EngagementId(id)), upload);
	}

	@GetMapping("/api/v1/agreements/{id}/documents")
	@Operation(summary = "The documents of an agreement",
			description = "Oldest first; internal documents only for accounts whose roles cover the agreement.")
	List<DocumentResponse> agreementDocuments(@Parameter(description = "The agreement's id") @PathVariable String id) {
		return this.archive.list(AgreementRegistry.ref(new AgreementId(id)))
			.stream()
			.map(DocumentResponse::of)
			.toList();
	}

	@GetMapping("/api/v1/engagements/{id}/documents")
	@Operation(summary = "The documents of an engagement",
			description = "Oldest first; internal documents only for accounts whose roles cover the engagement.")
	List<DocumentResponse> engagementDocuments(
			@Parameter(description = "The engagement's id") @PathVariable String id) {
		return this.archive.list(EngagementLog.ref(new EngagementId(id))).stream().map(DocumentResponse::of).toList();
	}

	@GetMapping(PATH + "/{docId}")
	@Operation(summary = "A document's bytes",
			description = "As an attachment, with the detected content type and Content-Security-Policy: sandbox. "
					+ "An internal document is a 404 to those whose roles do not cover its record.")
	ResponseEntity<byte[]> download(@Parameter(description = "The document's id") @PathVariable String docId) {
		return attachment(this.archive.content(new DocumentId(docId)));
	}

	@DeleteMapping(PATH + "/{docId}")
	@Operation(summary = "Remove a document",
			description = "Needs a reviewer or curator above a party of its record, or the account that added it. "
					+ "A document never changes, so no version is asked for. Answers 204.")
	ResponseEntity<Void> remove(@Parameter(description = "The document's id") @PathVariable String docId) {
		this.archive.remove(new DocumentId(docId));
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<DocumentResponse> added(RecordRef record, DocumentUploadRequest upload) {
		MultipartFile file = Objects.requireNonNull(upload.file());
		DocumentSummary added = this.archive.add(upload.document(record), file.getSize(), file);
		return ResponseEntity.created(URI.create(PATH + "/" + added.id().value())).body(DocumentResponse.of(added));
	}

	/**
	 * The bytes as a download: never rendered by the browser as part of the registry, so
	 * a file holding a script cannot run with the registry's rights.
	 */
	static ResponseEntity<byte[]> attachment(DocumentContent content) {
		DocumentSummary document = content.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.contentLength(content.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("Content-Security-Policy", "sandbox")
			.body(content.bytes());
	}

}
