package org.twinningregistry.workflow;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A kind of record the workflow keeps revisions and history of, declared by the module
 * that owns the records (in its {@link ReviewedKind}).
 *
 * @param key the lower-case name stored with each revision and history entry, and used as
 * the property of the record in a revision's JSON ({@code agreement})
 * @param segment the path segment of the kind's pages and API ({@code agreements}: pages
 * under {@code /agreements/{id}}, the API under {@code /api/v1/agreements/{id}})
 */
public record RecordKind(String key, String segment) {

	private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");

	public RecordKind {
		if (key == null || !WORD.matcher(key).matches() || segment == null || !WORD.matcher(segment).matches()) {
			throw new IllegalArgumentException("a record kind needs a lower-case key and path segment");
		}
	}

	/**
	 * The upper-case name messages use ({@code enum.RecordKind.AGREEMENT}), as when kinds
	 * were an enum.
	 */
	public String name() {
		return this.key.toUpperCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return name();
	}

}
