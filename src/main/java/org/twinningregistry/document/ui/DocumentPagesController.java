package org.twinningregistry.document.ui;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.document.DocumentContent;
import org.twinningregistry.document.DocumentId;
import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentSummary;
import org.twinningregistry.document.DocumentVisibility;
import org.twinningregistry.document.NewDocument;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.shared.ContentTooLargeException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.workflow.RecordRef;

/**
 * The documents' forms on agreement and engagement pages, and downloads for page sessions
 * (the API's downloads know only its own credentials). A refused upload goes back to the
 * record's page with the reason beside the field and the values typed.
 */
@Controller
class DocumentPagesController {

	private final DocumentArchive archive;

	private final MessageSource messages;

	DocumentPagesController(DocumentArchive archive, MessageSource messages) {
		this.archive = archive;
		this.messages = messages;
	}

	@PostMapping("/agreements/{id}/documents")
	String addToAgreement(@PathVariable AgreementId id, UploadForm form, Locale locale, RedirectAttributes flash) {
		return add(AgreementRegistry.ref(id), form, locale, flash);
	}

	@PostMapping("/engagements/{id}/documents")
	String addToEngagement(@PathVariable EngagementId id, UploadForm form, Locale locale, RedirectAttributes flash) {
		return add(EngagementLog.ref(id), form, locale, flash);
	}

	@PostMapping("/documents/{docId}/delete")
	String remove(@PathVariable DocumentId docId, RedirectAttributes flash) {
		DocumentSummary document = this.archive.find(docId)
			.orElseThrow(() -> new NotFoundException("document", docId.value()));
		this.archive.remove(docId);
		flash.addFlashAttribute("message", "document.flash.removed");
		return "redirect:" + page(document.record());
	}

	@GetMapping("/documents/{docId}")
	ResponseEntity<byte[]> download(@PathVariable DocumentId docId) {
		DocumentContent content = this.archive.content(docId);
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

	private String add(RecordRef record, UploadForm form, Locale locale, RedirectAttributes flash) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			MultipartFile file = form.file();
			if (file == null || file.isEmpty()) {
				errors.put("file", text("document.form.file.missing", locale));
			}
			else {
				this.archive.add(form.document(record), file.getSize(), file);
				flash.addFlashAttribute("message", "document.flash.added");
				return "redirect:" + page(record) + "#documents";
			}
		}
		catch (RuleViolationException ex) {
			ex.violations()
				.forEach(v -> errors.merge(String.valueOf(v.field()), text(v.code(), locale, v.argumentArray()),
						(a, b) -> a + " " + b));
		}
		catch (ContentTooLargeException ex) {
			errors.put("file", text(ex.code(), locale, ex.arguments()));
		}
		flash.addFlashAttribute("documentErrors", errors);
		flash.addFlashAttribute("documentForm", form.withoutFile());
		return "redirect:" + page(record) + "#documents";
	}

	private static String page(RecordRef record) {
		return "/" + record.kind().segment() + "/" + record.id();
	}

	private String text(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, locale);
	}

	/**
	 * The upload form as posted.
	 *
	 * @param file the file
	 * @param title what it is
	 * @param kind what it is, as a code
	 * @param language the language of its text, optional
	 * @param visibility who may see it
	 */
	record UploadForm(@Nullable MultipartFile file, @Nullable String title, @Nullable DocumentKind kind,
			@Nullable String language, @Nullable DocumentVisibility visibility) {

		NewDocument document(RecordRef record) {
			return new NewDocument(record, this.title, this.kind, this.language, this.visibility,
					(this.file != null) ? this.file.getOriginalFilename() : null);
		}

		/** The typed values, to show the form again (a file cannot be kept). */
		Typed withoutFile() {
			return new Typed(this.title, this.kind, this.language, this.visibility);
		}

	}

	/**
	 * What was typed in a refused upload, kept in the session (a flash attribute) to show
	 * the form again.
	 *
	 * @param title what it is
	 * @param kind what it is, as a code
	 * @param language the language of its text
	 * @param visibility who may see it
	 */
	record Typed(@Nullable String title, @Nullable DocumentKind kind, @Nullable String language,
			@Nullable DocumentVisibility visibility) implements java.io.Serializable {

	}

}
