package org.twinningregistry.document.api;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;
import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentVisibility;
import org.twinningregistry.document.NewDocument;
import org.twinningregistry.workflow.RecordRef;

/**
 * The parts of a document upload ({@code multipart/form-data}), each checked here so that
 * a malformed upload is a 400 naming every field at fault.
 *
 * @param file the file
 * @param title what it is, in words
 * @param kind {@code SIGNED_TEXT}, {@code COUNCIL_RESOLUTION}, {@code LETTER_OF_INTENT},
 * {@code REPORT}, {@code PHOTO} or {@code OTHER}
 * @param language the language of its text (a BCP 47 tag), optional
 * @param visibility {@code PUBLIC} or {@code INTERNAL}
 */
record DocumentUploadRequest(@NotNull @Nullable MultipartFile file, @NotBlank @Nullable String title,
		@NotBlank @Pattern(regexp = DocumentUploadRequest.KINDS,
				message = "{rule.document.kind}") @Nullable String kind,
		@Nullable String language, @NotBlank @Pattern(regexp = DocumentUploadRequest.VISIBILITIES,
				message = "{rule.document.visibility}") @Nullable String visibility) {

	/** The kinds, as the codes are spelt. */
	static final String KINDS = "SIGNED_TEXT|COUNCIL_RESOLUTION|LETTER_OF_INTENT|REPORT|PHOTO|OTHER";

	/** The visibilities. */
	static final String VISIBILITIES = "PUBLIC|INTERNAL";

	/** The document to add; the codes were checked (validation) before this is called. */
	NewDocument document(RecordRef record) {
		return new NewDocument(record, this.title, DocumentKind.valueOf(Objects.requireNonNull(this.kind)),
				this.language, DocumentVisibility.valueOf(Objects.requireNonNull(this.visibility)),
				(this.file != null) ? this.file.getOriginalFilename() : null);
	}

}
