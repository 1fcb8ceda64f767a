package org.twinningregistry.importexport.zip;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.ForeignKey;
import org.twinningregistry.importexport.format.SchemaField;
import org.twinningregistry.importexport.format.TableSchema;

/**
 * The Frictionless {@code datapackage.json} of an export: what the package is, when and
 * where it was made, its licence, and a table schema per file (fields with types,
 * required flags, codes and patterns, the primary key and the foreign keys).
 */
final class DataPackageDescriptor {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private DataPackageDescriptor() {
	}

	static byte[] json(Instant created, @Nullable String registryUrl) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("profile", "tabular-data-package");
		root.put("name", "twinning-registry");
		root.put("title", "Twinning Registry: governments, twinning agreements and engagements");
		root.put("description", "A Twinning Data Package, version 1: the twinning agreements between "
				+ "sub-national governments recorded in a Twinning Registry, and the engagements under them.");
		root.put("version", "1");
		root.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
		Map<String, Object> registry = new LinkedHashMap<>();
		registry.put("name", "Twinning Registry");
		if (registryUrl != null) {
			registry.put("path", registryUrl);
		}
		root.put("registry", registry);
		root.put("licenses", List.of(ordered("name", "CC-BY-4.0", "title", "Creative Commons Attribution 4.0", "path",
				"https://creativecommons.org/licenses/by/4.0/")));
		root.put("sources", List
			.of(ordered("title", "GeoNames (coordinates, populations, ids)", "path", "https://www.geonames.org/")));
		root.put("resources", DataPackageSchema.PACKAGE_TABLES.stream().map(DataPackageDescriptor::resource).toList());
		return JSON.writeValueAsBytes(root);
	}

	private static Map<String, Object> resource(TableSchema table) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", table.name());
		resource.put("title", table.title());
		resource.put("path", table.fileName());
		resource.put("profile", "tabular-data-resource");
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		resource.put("dialect", ordered("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"", "doubleQuote",
				true, "header", true));
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("fields", table.fields().stream().map(f -> field(f, table.keyedById())).toList());
		schema.put("missingValues", List.of(""));
		schema.put("primaryKey", table.primaryKey());
		schema.put("foreignKeys", table.foreignKeys().stream().map(DataPackageDescriptor::foreignKey).toList());
		resource.put("schema", schema);
		return resource;
	}

	private static Map<String, Object> field(SchemaField field, boolean keyedById) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", field.name());
		json.put("type", field.type());
		json.put("description", field.description());
		Map<String, Object> constraints = new LinkedHashMap<>();
		constraints.put("required", field.required());
		if (keyedById && field.name().equals(TableSchema.ID)) {
			constraints.put("unique", true);
		}
		if (!field.codes().isEmpty()) {
			constraints.put("enum", field.codes());
		}
		if (field.pattern() != null) {
			constraints.put("pattern", field.pattern());
		}
		if (field.type().equals("integer")) {
			constraints.put("minimum", 0);
		}
		json.put("constraints", constraints);
		return json;
	}

	private static Map<String, Object> foreignKey(ForeignKey key) {
		return ordered("fields", key.field(), "reference",
				ordered("resource", key.resource(), "fields", TableSchema.ID));
	}

	/**
	 * A map of these keys and values in this order: {@code Map.of} iterates in an order
	 * that changes from one JVM to the next, and an export must be the same bytes from
	 * any instance or restart.
	 */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
