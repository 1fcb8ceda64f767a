package org.twinningregistry.workflow;

/**
 * One record of a kind, by its key.
 *
 * @param kind agreement or engagement
 * @param id the record's key
 */
public record RecordRef(RecordKind kind, String id) {

	public RecordRef {
		if (kind == null || id == null || id.isBlank()) {
			throw new IllegalArgumentException("a record needs a kind and an id");
		}
	}

}
