package org.twinningregistry.importexport.format;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One column of a data-package table, as its Frictionless table schema describes it.
 *
 * @param name the column name
 * @param type the Frictionless type ({@code string}, {@code integer}, {@code number},
 * {@code year})
 * @param required whether every row needs a value
 * @param codes the allowed codes of a coded column, empty for free values
 * @param pattern a regular expression the value matches, or {@code null}
 * @param description what the column means
 */
public record SchemaField(String name, String type, boolean required, List<String> codes, @Nullable String pattern,
		String description) {

	public SchemaField {
		codes = List.copyOf(codes);
	}

	static SchemaField text(String name, boolean required, String description) {
		return new SchemaField(name, "string", required, List.of(), null, description);
	}

	static SchemaField coded(String name, boolean required, Class<? extends Enum<?>> codes, String description) {
		List<String> names = java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
		return new SchemaField(name, "string", required, names, null, description);
	}

	static SchemaField typed(String name, String type, boolean required, String description) {
		return new SchemaField(name, type, required, List.of(), null, description);
	}

	static SchemaField patterned(String name, boolean required, String pattern, String description) {
		return new SchemaField(name, "string", required, List.of(), pattern, description);
	}

}
