package org.twinningregistry.workflow;

/**
 * Where an open revision stands. An approved or discarded revision is closed: it leaves
 * only its history.
 */
public enum RevisionState {

	/** Being written by a reporter; editable. */
	DRAFT,

	/** Waiting for a reviewer; locked until approved or returned. */
	SUBMITTED,

	/** Sent back by a reviewer with a reason; editable again. */
	RETURNED;

	public boolean isEditable() {
		return this != SUBMITTED;
	}

}
