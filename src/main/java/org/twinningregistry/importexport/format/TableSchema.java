package org.twinningregistry.importexport.format;

import java.util.List;
import java.util.Optional;

/**
 * One table of the data package: its resource name, its columns in the spec's order, and
 * the columns that name other rows. The primary key is always {@code id}.
 *
 * @param name the resource name, also the file's base name
 * @param title a human title
 * @param fields the columns, in the order the spec lists them
 * @param foreignKeys the columns naming other rows
 */
public record TableSchema(String name, String title, List<SchemaField> fields, List<ForeignKey> foreignKeys) {

	public static final String ID = "id";

	public TableSchema {
		fields = List.copyOf(fields);
		foreignKeys = List.copyOf(foreignKeys);
	}

	public String fileName() {
		return this.name + ".csv";
	}

	public List<String> columns() {
		return this.fields.stream().map(SchemaField::name).toList();
	}

	public Optional<SchemaField> field(String column) {
		return this.fields.stream().filter(f -> f.name().equals(column)).findFirst();
	}

}
