package org.twinningregistry.importexport.report;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * An error or a warning of an import, where a clerk finds it and what to do.
 *
 * @param file the file, e.g. {@code agreements.csv}
 * @param line the line as a text editor counts it (the header is line 1), or {@code null}
 * when the whole file is meant
 * @param column the column, or {@code null} when the whole row or file is meant
 * @param value the cell's text as written, or {@code null}
 * @param code the stable message code
 * @param message the message, in the import's language
 */
public record ImportIssue(String file, @Nullable Integer line, @Nullable String column, @Nullable String value,
		String code, String message) implements Serializable {

	@Override
	public String toString() {
		StringBuilder where = new StringBuilder(this.file);
		if (this.line != null) {
			where.append(", line ").append(this.line);
		}
		if (this.column != null) {
			where.append(", column ").append(this.column);
		}
		if (this.value != null) {
			where.append(" ('").append(this.value).append("')");
		}
		return where.append(": ").append(this.message).toString();
	}

}
