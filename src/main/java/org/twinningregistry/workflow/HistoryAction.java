package org.twinningregistry.workflow;

/** What a history entry records. */
public enum HistoryAction {

	/** A curator published a new record directly. */
	CREATED(true),

	/** A curator changed a published record directly. */
	UPDATED(true),

	/** A curator deleted a published record. */
	DELETED(true),

	/** An import created or changed a published record. */
	IMPORTED(true),

	/** A reporter started a revision (of a new or a published record). */
	DRAFTED(false),

	/** A reporter changed an open revision. */
	EDITED(false),

	/** A reporter submitted a revision for review. */
	SUBMITTED(false),

	/** A reviewer returned a revision with a reason. */
	RETURNED(false),

	/** A reporter dropped an open revision. */
	DISCARDED(false),

	/** A reviewer approved a revision: its values were published. */
	APPROVED(true),

	/** A party's government confirmed the published record. */
	CONFIRMED(true),

	/** A public document was attached to the record (the document module). */
	DOCUMENT_ADDED(true),

	/** A public document was removed from the record. */
	DOCUMENT_REMOVED(true),

	/**
	 * An internal document was attached: seen, like the document, only by those whose
	 * roles cover the record.
	 */
	INTERNAL_ADDED(false),

	/** An internal document was removed. */
	INTERNAL_REMOVED(false);

	private final boolean published;

	HistoryAction(boolean published) {
		this.published = published;
	}

	/**
	 * Whether the entry records a change of the published record, which the public may
	 * see.
	 */
	public boolean isPublished() {
		return this.published;
	}

}
