package org.twinningregistry.importexport.job;

import java.util.UUID;

/** Identifies an import job: a random UUID, as text (any other text names no job). */
public record ImportJobId(String value) {

	public ImportJobId {
		value = value.strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("an import job id is not blank");
		}
	}

	/** A new, random id. */
	public static ImportJobId random() {
		return new ImportJobId(UUID.randomUUID().toString());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
