package org.twinningregistry.importexport.wikidata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.twinningregistry.importexport.upload.MalformedPackageException;

/**
 * Reads the result of a P190 query as Wikidata's query service downloads it: SPARQL
 * results JSON ({@code application/sparql-results+json}) or CSV. The tie is made of the
 * first two variables (columns) whose values are Wikidata items; a variable named like
 * either with {@code Label} after it gives its label. Rows without two items are left
 * out.
 */
public final class WikidataResults {

	private static final ObjectMapper JSON = new ObjectMapper();

	private WikidataResults() {
	}

	/**
	 * @throws MalformedPackageException if it is neither, or holds no two item columns
	 */
	public static List<WikidataTie> read(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
		if (text.isEmpty()) {
			throw new MalformedPackageException("import.wikidata.malformed", "empty");
		}
		return text.startsWith("{") ? json(text) : csv(text);
	}

	private static List<WikidataTie> json(String text) {
		try {
			JsonNode root = JSON.readTree(text);
			List<String> vars = new ArrayList<>();
			root.path("head").path("vars").forEach(v -> vars.add(v.asString()));
			List<Map<String, String>> rows = new ArrayList<>();
			for (JsonNode binding : root.path("results").path("bindings")) {
				Map<String, String> row = new java.util.HashMap<>();
				for (String var : vars) {
					JsonNode value = binding.path(var).path("value");
					if (!value.isMissingNode() && !value.isNull()) {
						row.put(var, value.asString());
					}
				}
				rows.add(row);
			}
			return ties(vars, rows);
		}
		catch (JacksonException ex) {
			throw new MalformedPackageException("import.wikidata.malformed", ex.getOriginalMessage());
		}
	}

	private static List<WikidataTie> csv(String text) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setIgnoreEmptyLines(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<String> vars = parser.getHeaderNames();
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toMap());
			}
			return ties(vars, rows);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new MalformedPackageException("import.wikidata.malformed", ex.getMessage());
		}
	}

	private static List<WikidataTie> ties(List<String> vars, List<Map<String, String>> rows) {
		List<String> items = vars.stream()
			.filter(var -> rows.stream().anyMatch(row -> WikidataTie.qid(row.get(var)) != null))
			.limit(2)
			.toList();
		if (items.size() < 2) {
			throw new MalformedPackageException("import.wikidata.columns", String.join(", ", vars));
		}
		List<WikidataTie> ties = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			String item = WikidataTie.qid(row.get(items.get(0)));
			String twin = WikidataTie.qid(row.get(items.get(1)));
			if (item != null && twin != null && !item.equals(twin)) {
				ties.add(new WikidataTie(i + 1, item, twin, label(row, items.get(0)), label(row, items.get(1))));
			}
		}
		return ties;
	}

	private static @Nullable String label(Map<String, String> row, String var) {
		String label = row.get(var + "Label");
		return (label == null || label.isBlank()) ? null : label.strip();
	}

}
