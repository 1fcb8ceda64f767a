package org.twinningregistry.document;

import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;

import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * Which files the registry keeps: PDF, images and office documents, recognised by their
 * bytes (Apache Tika's magic numbers), never by the name or the type the client declares
 * — an executable renamed {@code .pdf} is an executable. A name only tells apart the
 * office formats that share a container (a Word, Excel or PowerPoint file are all an
 * Office Open XML ZIP, or all an OLE2 file), and only among those.
 */
final class DocumentTypes {

	static final String PDF = "application/pdf";

	/** The types accepted, as detected. */
	static final Set<String> ACCEPTED = Set.of(PDF, "image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/msword",
			"application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/vnd.oasis.opendocument.text",
			"application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation",
			"application/rtf");

	/** The containers whose format only the file's extension names. */
	private static final Map<String, Set<String>> CONTAINERS = Map.of("application/x-tika-ooxml",
			Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					"application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			"application/x-tika-msoffice",
			Set.of("application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint"));

	private static final Tika TIKA = new Tika();

	private DocumentTypes() {
	}

	/**
	 * The content type of the bytes.
	 * @throws RuleViolationException ({@code rule.document.type} on {@code file}) if it
	 * is none accepted, or ({@code rule.document.office-extension}) an office container
	 * whose name does not say which office format it holds
	 */
	static String detect(byte[] bytes, String fileName) {
		String detected = TIKA.detect(bytes);
		Set<String> formats = CONTAINERS.get(detected);
		if (formats != null) {
			String named = TIKA.detect(bytes, fileName);
			if (!formats.contains(named)) {
				throw new RuleViolationException(Violation.of("file", "rule.document.office-extension", fileName));
			}
			return named;
		}
		if (!ACCEPTED.contains(detected)) {
			throw new RuleViolationException(Violation.of("file", "rule.document.type", detected));
		}
		return detected;
	}

}
