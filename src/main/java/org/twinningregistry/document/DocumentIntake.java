package org.twinningregistry.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.twinningregistry.document.domain.Document;
import org.twinningregistry.shared.ContentTooLargeException;
import org.twinningregistry.shared.PlainText;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * Checks a document before anything is stored: its title, kind, language and visibility,
 * then its size ({@link DocumentSettings#maxSize()}), then its content type, detected
 * from the bytes ({@link DocumentTypes}); and computes its SHA-256.
 */
@Component
class DocumentIntake {

	static final int MAX_TITLE = 300;

	private static final int MAX_FILE_NAME = 255;

	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

	private final DocumentSettings settings;

	DocumentIntake(DocumentSettings settings) {
		this.settings = settings;
	}

	/**
	 * The facts to store.
	 * @throws RuleViolationException if a field breaks a rule, the file is empty or of a
	 * type not accepted
	 * @throws ContentTooLargeException ({@code document.too-large}, 413) if the file is
	 * larger than the limit
	 */
	Document.Facts check(NewDocument document, long size, byte[] bytes) {
		List<Violation> violations = fields(document);
		if (size <= 0) {
			violations.add(Violation.of("file", "rule.document.empty"));
		}
		RuleViolationException.throwIfAny(violations);
		requireWithinLimit(size);
		String fileName = fileName(document.fileName());
		String type = DocumentTypes.detect(bytes, fileName);
		return new Document.Facts(PlainText.requiredLine("title", document.title()), document.kind(),
				language(document.language()), document.visibility(), fileName, type, bytes.length, sha256(bytes));
	}

	/**
	 * @throws ContentTooLargeException if a file of this size is beyond the limit
	 */
	void requireWithinLimit(long size) {
		if (size > this.settings.maxSize().toBytes()) {
			throw new ContentTooLargeException("document.too-large", this.settings.megabytes());
		}
	}

	private static List<Violation> fields(NewDocument document) {
		List<Violation> violations = new ArrayList<>();
		String title = PlainText.line("title", document.title());
		if (title == null) {
			violations.add(Violation.of("title", "rule.required"));
		}
		else if (title.length() > MAX_TITLE) {
			violations.add(Violation.of("title", "rule.too-long", MAX_TITLE));
		}
		if (document.kind() == null) {
			violations.add(Violation.of("kind", "rule.required"));
		}
		if (document.visibility() == null) {
			violations.add(Violation.of("visibility", "rule.required"));
		}
		String language = language(document.language());
		if (language != null && !LANGUAGE.matcher(language).matches()) {
			violations.add(Violation.of("language", "rule.document.language", language));
		}
		return violations;
	}

	private static @Nullable String language(@Nullable String language) {
		String tag = PlainText.line("language", language);
		return (tag != null && LANGUAGE.matcher(tag).matches()) ? Locale.forLanguageTag(tag).toLanguageTag() : tag;
	}

	/**
	 * The last part of an uploaded file's name, without characters a file system or a
	 * header would choke on; {@code document} when nothing is left.
	 */
	static String fileName(@Nullable String uploaded) {
		String name = (uploaded != null) ? uploaded : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
					&& Character.getType(c) != Character.SURROGATE)
			.map(c -> ("\"*:<>?|".indexOf(c) >= 0) ? '_' : c)
			.forEach(clean::appendCodePoint);
		String cleaned = clean.toString().strip();
		if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
			return "document";
		}
		return (cleaned.length() > MAX_FILE_NAME) ? cleaned.substring(cleaned.length() - MAX_FILE_NAME) : cleaned;
	}

	/**
	 * The bytes of an upload, read to one byte past the limit at most.
	 * @throws ContentTooLargeException if there are more than the limit
	 */
	byte[] read(InputStreamSource content) {
		long max = this.settings.maxSize().toBytes();
		try (InputStream in = content.getInputStream()) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			requireWithinLimit(bytes.length);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The SHA-256 of the bytes, as 64 lower-case hexadecimal digits. */
	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
