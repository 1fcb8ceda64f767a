package org.twinningregistry.document;

import java.util.UUID;
import java.util.regex.Pattern;

/** The stable key of a document: 1–64 letters, digits and {@code - _ . :}. */
public record DocumentId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[\\p{Alnum}_.:-]{1,64}");

	public DocumentId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("invalid document id: " + value);
		}
	}

	/** A new key, {@code d-} and a random UUID. */
	public static DocumentId generate() {
		return new DocumentId("d-" + UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
