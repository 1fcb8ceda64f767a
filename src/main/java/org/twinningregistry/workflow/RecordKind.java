package org.twinningregistry.workflow;

import java.util.Locale;

/** The kinds of record the workflow keeps revisions and history of. */
public enum RecordKind {

	AGREEMENT, ENGAGEMENT;

	/** The lower-case name stored and shown in paths ({@code agreement}). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind of a stored key. */
	public static RecordKind ofKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
