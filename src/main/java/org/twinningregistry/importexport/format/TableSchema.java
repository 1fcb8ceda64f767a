package org.twinningregistry.importexport.format;

import java.util.List;
import java.util.Optional;

/**
 * One table of the data package: its resource name, its columns in the spec's order, the
 * columns that name other rows, and its primary key: {@code id} for every table but the
 * planned activities, keyed by their plan and their key within it.
 *
 * @param name the resource name, also the file's base name
 * @param title a human title
 * @param fields the columns, in the order the spec lists them
 * @param foreignKeys the columns naming other rows
 * @param primaryKey the columns whose values are unique together within the file
 */
public record TableSchema(String name, String title, List<SchemaField> fields, List<ForeignKey> foreignKeys,
		List<String> primaryKey) {

	public static final String ID = "id";

	public TableSchema {
		fields = List.copyOf(fields);
		foreignKeys = List.copyOf(foreignKeys);
		primaryKey = List.copyOf(primaryKey);
	}

	/** A table keyed by {@code id}. */
	public TableSchema(String name, String title, List<SchemaField> fields, List<ForeignKey> foreignKeys) {
		this(name, title, fields, foreignKeys, List.of(ID));
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

	/** Whether the table is keyed by {@code id} alone. */
	public boolean keyedById() {
		return this.primaryKey.equals(List.of(ID));
	}

}
