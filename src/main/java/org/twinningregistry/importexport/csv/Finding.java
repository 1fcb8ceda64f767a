package org.twinningregistry.importexport.csv;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An error or warning found in a file, before its message is put into words.
 *
 * @param file the file name, e.g. {@code agreements.csv}
 * @param line the line, as a text editor counts it (the header is 1), or {@code null} for
 * the file
 * @param column the column, or {@code null} for the row or file as a whole
 * @param value the cell's text, or {@code null}
 * @param code the message code
 * @param arguments the message arguments
 */
public record Finding(String file, @Nullable Integer line, @Nullable String column, @Nullable String value, String code,
		List<Object> arguments) {

	public Finding {
		arguments = List.copyOf(arguments);
	}

}
