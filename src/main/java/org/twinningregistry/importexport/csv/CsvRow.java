package org.twinningregistry.importexport.csv;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.PartialDate;

/**
 * One data row of a CSV file. Each typed getter checks its cell, records an error naming
 * file, line and column when the cell is wrong, and then answers {@code null}; a row with
 * any error is not {@link #usable()} and is not written.
 */
public final class CsvRow {

	private static final Pattern ID = Pattern.compile("[\\p{Alnum}_.:-]{1,64}");

	private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,15})?");

	private final String file;

	private final int line;

	private final Map<String, String> cells;

	private final Findings findings;

	private boolean usable = true;

	CsvRow(String file, int line, Map<String, String> cells, Findings findings) {
		this.file = file;
		this.line = line;
		this.cells = cells;
		this.findings = findings;
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

	public boolean usable() {
		return this.usable;
	}

	/** The cell as written, or {@code null} when the file has no such column. */
	public @Nullable String raw(String column) {
		return this.cells.get(column);
	}

	/** The cell's text without surrounding blanks, or {@code null} when it is empty. */
	public @Nullable String text(String column) {
		String raw = this.cells.get(column);
		return (raw == null || raw.isBlank()) ? null : raw.strip();
	}

	/** The cell's text; an empty cell is an error. */
	public @Nullable String required(String column) {
		String text = text(column);
		if (text == null) {
			if (this.cells.containsKey(column)) {
				fail(column, "rule.required");
			}
			// a missing column was reported once for the file
			this.usable = false;
		}
		return text;
	}

	public @Nullable String id(String column, boolean required) {
		String text = required ? required(column) : text(column);
		return (text == null || check(column, ID.matcher(text).matches(), "rule.id.format")) ? text : null;
	}

	public <E extends Enum<E>> @Nullable E code(String column, Class<E> type, boolean required) {
		String text = required ? required(column) : text(column);
		if (text == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text)) {
				return constant;
			}
		}
		fail(column, "import.cell.code",
				String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
		return null;
	}

	public @Nullable PartialDate date(String column, boolean required) {
		String text = required ? required(column) : text(column);
		if (text == null) {
			return null;
		}
		try {
			return PartialDate.parse(text);
		}
		catch (IllegalArgumentException ex) {
			fail(column, "rule.date.format");
			return null;
		}
	}

	public @Nullable Integer year(String column) {
		String text = required(column);
		return (text == null || !check(column, YEAR.matcher(text).matches(), "import.cell.year")) ? null
				: Integer.valueOf(text);
	}

	public @Nullable Long whole(String column) {
		String text = text(column);
		return (text == null || !check(column, WHOLE.matcher(text).matches(), "import.cell.whole")) ? null
				: Long.valueOf(text);
	}

	public @Nullable BigDecimal decimal(String column) {
		String text = text(column);
		return (text == null || !check(column, DECIMAL.matcher(text).matches(), "import.cell.decimal")) ? null
				: new BigDecimal(text);
	}

	/** Records an error at a cell of this row. */
	public void fail(String column, String code, Object... arguments) {
		this.findings.error(this.file, this.line, column, this.cells.get(column), code, arguments);
		this.usable = false;
	}

	private boolean check(String column, boolean valid, String code) {
		if (!valid) {
			fail(column, code);
		}
		return valid;
	}

}
